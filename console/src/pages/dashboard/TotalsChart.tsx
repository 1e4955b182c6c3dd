import { useEffect, useMemo, useRef } from 'react';
import { Empty } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what a bar chart needs: the whole of ECharts would be several times the size.
// SVG rather than canvas: the labels stay text that can be read, selected and tested.
echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

export interface TotalRow {
  key: string;
  label: string;
  /** Exact decimal hours, as the API gives them. */
  hours: string;
  personTimes: number;
}

/**
 * Approved hours of each group (a city, a national 服务类别) as horizontal bars, largest first, with
 * the 人次 beside each bar. The figures are the API's; the chart only draws them.
 */
export default function TotalsChart({ rows, testId }: { rows: readonly TotalRow[]; testId: string }) {
  const element = useRef<HTMLDivElement>(null);
  const sorted = useMemo(() => [...rows].sort((a, b) => Number(b.hours) - Number(a.hours)), [rows]);
  const height = Math.max(120, sorted.length * 28 + 40);

  useEffect(() => {
    if (!element.current || sorted.length === 0) return;
    const chart = echarts.init(element.current, null, { renderer: 'svg', locale: 'ZH' });
    // ECharts draws categories bottom-up: reversed, the largest is on top.
    const shown = [...sorted].reverse();
    chart.setOption({
      grid: { left: 8, right: 140, top: 8, bottom: 24, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: { dataIndex: number }[]) => {
          const row = shown[params[0]!.dataIndex]!;
          return `${row.label}<br/>服务时长 ${row.hours} 小时<br/>参与人次 ${row.personTimes}`;
        },
      },
      xAxis: { type: 'value', name: '小时', nameLocation: 'end' },
      yAxis: { type: 'category', data: shown.map((r) => r.label), axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          data: shown.map((r) => Number(r.hours)),
          barMaxWidth: 18,
          label: {
            show: true,
            position: 'right',
            formatter: ({ dataIndex }: { dataIndex: number }) =>
              `${shown[dataIndex]!.hours} 小时 · ${shown[dataIndex]!.personTimes} 人次`,
          },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [sorted]);

  if (sorted.length === 0) {
    return <Empty data-testid={testId} description="截止日前还没有通过审核的服务记录。" />;
  }
  return <div ref={element} data-testid={testId} style={{ width: '100%', height }} />;
}
