import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';

export default function NotFound() {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="没有这个页面"
      subTitle="地址可能有误，或这个功能还没有上线。请从左侧导航进入。"
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          返回服务需求
        </Button>
      }
    />
  );
}
