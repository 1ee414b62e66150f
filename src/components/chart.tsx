import { Canvas, View } from '@tarojs/components'
import { useEffect, useId } from 'react'
import { drawChart, type ChartOption } from '../services/chart'
import './chart.css'

/**
 * A chart drawn by echarts: on a 2D canvas in the mini-program, into a box in the browser (where
 * echarts also writes what it shows into the box's aria-label for screen readers). Give it an
 * option that changes only when its figures do.
 */
export function Chart({ option, className = '' }: { option: ChartOption; className?: string }) {
  const id = `chart${useId().replace(/[^\w]/g, '')}`
  useEffect(() => {
    let live = true
    let dispose = () => undefined as void
    // After this render is on screen, so the canvas or box can be found.
    const timer = setTimeout(() => void drawChart(id, option).then((d) => (live ? (dispose = d) : d())), 0)
    return () => {
      live = false
      clearTimeout(timer)
      dispose()
    }
  }, [id, option])
  return process.env.TARO_ENV === 'weapp' ? <Canvas type='2d' id={id} className={`chart ${className}`} /> : <View id={id} className={`chart ${className}`} />
}
