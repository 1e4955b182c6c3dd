import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';

/** An address under /records that is not a page, or not one for the signed-in person's role. */
export default function AreaNotFound() {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="没有这个页面"
      subTitle="地址可能有误，或您的角色不使用这个页面。"
      extra={
        <Button type="primary" onClick={() => navigate('/records')}>
          返回审核队列
        </Button>
      }
    />
  );
}
