import Taro from '@tarojs/taro'
import { BarChart, FunnelChart, LineChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

echarts.use([BarChart, FunnelChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

export type ChartOption = echarts.EChartsCoreOption

interface CanvasNode {
  width: number
  height: number
  getContext(kind: '2d'): unknown
}

/** The mini-program's 2D canvas by its id, with its size on screen; null when the page has none (yet). */
function canvasOf(id: string): Promise<{ node: CanvasNode; width: number; height: number } | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true }, (r) => resolve(r?.node ? (r as { node: CanvasNode; width: number; height: number }) : null))
      .exec()
  })
}

/**
 * Draws a chart (echarts): in the browser into the element with this id, in the mini-program on
 * the 2D canvas with this id, which echarts takes for its single canvas. Answers how to let it
 * go; a chart that could not be drawn is simply not there.
 */
export async function drawChart(id: string, option: ChartOption): Promise<() => void> {
  try {
    const chart = await chartAt(id)
    chart?.setOption(option)
    return () => chart?.dispose()
  } catch (e) {
    console.warn('[chart] not drawn', e)
    return () => undefined
  }
}

async function chartAt(id: string): Promise<echarts.ECharts | null> {
  const opts = { locale: 'ZH' as const }
  if (process.env.TARO_ENV !== 'weapp') {
    const el = document.getElementById(id)
    return el && echarts.init(el, undefined, opts)
  }
  const found = await canvasOf(id)
  if (!found) return null
  const dpr = Taro.getWindowInfo().pixelRatio
  found.node.width = found.width * dpr
  found.node.height = found.height * dpr
  const canvas = canvasFor(found.node)
  // Text is measured on the same canvas: the mini-program has no document to make one in.
  echarts.setPlatformAPI({ createCanvas: () => canvas as unknown as HTMLCanvasElement })
  return echarts.init(canvas as unknown as HTMLElement, undefined, { ...opts, width: found.width, height: found.height, devicePixelRatio: dpr })
}

/** The 2D canvas node as echarts takes a canvas (as echarts-for-weixin's WxCanvas does): its context and size, and no DOM events. */
const canvasFor = (node: CanvasNode) => ({
  getContext: (kind: '2d') => node.getContext(kind),
  get width() {
    return node.width
  },
  set width(w: number) {
    node.width = w
  },
  get height() {
    return node.height
  },
  set height(h: number) {
    node.height = h
  },
  addEventListener: () => undefined,
  attachEvent: () => undefined,
  detachEvent: () => undefined,
})
