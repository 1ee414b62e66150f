import { View } from '@tarojs/components'
import { Button } from './button'
import { nav } from '../services/platform'

/** Where to go when a code leads nowhere: find a station, or tell the district where the problem is. */
export function WaysIn() {
  return (
    <View className='ways-in'>
      <Button className='btn btn--primary tell-us' onClick={() => nav.to('/pages/submit/index')}>
        我要反映
      </Button>
      <Button className='btn btn--ghost find-stations' onClick={() => nav.to('/packages/stations/index/index')}>
        找联络站
      </Button>
    </View>
  )
}
