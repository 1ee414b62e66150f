import { View } from '@tarojs/components'
import { useState } from 'react'
import { Choice } from '../../components/choice'
import { shanghaiDay } from '../../core/time'

/** The year a figures page shows (this year first), and chips for this year and the two before. */
export function useYearChips(): [number, JSX.Element] {
  const thisYear = Number(shanghaiDay(new Date()).slice(0, 4))
  const [year, setYear] = useState(thisYear)
  const chips = (
    <View className='chips'>
      {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
        <Choice key={y} className='figures-year' on={year === y} onPick={() => setYear(y)}>{`${y} 年`}</Choice>
      ))}
    </View>
  )
  return [year, chips]
}
