import { Text, View } from '@tarojs/components'
import { plotOf } from '../../core/places/plot'
import { distanceText } from '../../core/places/distance'
import './points.css'

/**
 * Where a group's cases are: each place a dot, north up and true to scale, with how far they
 * spread. No base map is loaded: the dots and the distance tell a deputy whether it is one street.
 */
export function PointsMap({ points }: { points: readonly { latitude: number; longitude: number }[] }) {
  if (!points.length) return null
  const plot = plotOf(points)
  const spread = plot.widthM || plot.heightM ? `东西约 ${distanceText(plot.widthM / 1000)}、南北约 ${distanceText(plot.heightM / 1000)}` : '都在同一处'
  return (
    <View className='points'>
      {/* The line under it says what the dots show, for a screen reader too. */}
      <View className='points-map'>
        <Text className='points-map__north'>↑ 北</Text>
        {plot.dots.map((d, i) => (
          <View key={i} className='points-map__dot' style={{ left: `${d.x}%`, top: `${d.y}%` }} />
        ))}
      </View>
      <Text className='hint points-spread'>{`${points.length} 处有位置，${spread}`}</Text>
    </View>
  )
}
