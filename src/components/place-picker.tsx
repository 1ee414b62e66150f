import { Input, Text, View } from '@tarojs/components'
import { Button } from './button'
import { useState } from 'react'
import type { CaseLocation } from '../core/fields'
import type { Place } from '../core/places/types'
import { placeHere, searchPlaces } from '../services/api/places'
import { chooseMapPlace, currentPosition, toast } from '../services/platform'
import { useBusy } from './use-busy'

interface Props {
  title: string
  value: CaseLocation | null
  onChange(place: CaseLocation | null): void
}

/**
 * Where it happened: the person's own position, WeChat's map picker (the mini-program), or a place
 * found by typing its name; shown by name and address once chosen.
 */
export function PlacePicker({ title, value, onChange }: Props) {
  const [words, setWords] = useState('')
  const [found, setFound] = useState<Place[] | null>(null)
  const [busy, run] = useBusy()

  const useHere = () =>
    run(async () => {
      const here = await currentPosition()
      if (!here) return void toast('未能获取您的位置，请允许使用位置，或输入地点名称')
      onChange(await placeHere(here))
    })

  const pickOnMap = async () => {
    const place = await chooseMapPlace()
    if (place) onChange(place)
  }

  const search = () =>
    run(async () => {
      if (!words.trim()) return void toast('请输入地点名称')
      setFound((await searchPlaces({ keyword: words.trim() })).items)
    })

  const choose = (p: Place) => {
    setFound(null)
    setWords('')
    onChange(p)
  }

  return (
    <View className='card place-card'>
      <Text className='section-title'>{title}</Text>
      {value ? (
        <View className='row row--between'>
          <View className='place-chosen'>
            <Text className='field-value place-name'>{value.name || '已标注位置'}</Text>
            {value.address && <Text className='muted place-address'>{value.address}</Text>}
          </View>
          <Button className='btn btn--ghost btn--small clear-place' onClick={() => onChange(null)}>
            重新选择
          </Button>
        </View>
      ) : (
        <>
          <View className='row row--wrap'>
            <Button className='btn btn--ghost btn--small use-here' loading={busy} disabled={busy} onClick={useHere}>
              使用我的位置
            </Button>
            {process.env.TARO_ENV === 'weapp' && (
              <Button className='btn btn--ghost btn--small' onClick={pickOnMap}>
                在地图上选
              </Button>
            )}
          </View>
          <View className='row'>
            <Input className='input place-search' value={words} maxlength={30} confirmType='search' placeholder='或输入小区、街道、单位名称' onInput={(e) => setWords(e.detail.value)} onConfirm={search} />
            <Button className='btn btn--ghost btn--small find-place' disabled={busy} onClick={search}>
              查找
            </Button>
          </View>
          {found && found.length === 0 && <Text className='muted'>没有找到这个地点，可以换个说法，或使用我的位置</Text>}
          {found?.map((p) => (
            <View key={`${p.latitude},${p.longitude},${p.name}`} className='list-item row row--between place-option' role='button' onClick={() => choose(p)}>
              <View className='place-option__text'>
                <Text className='field-value'>{p.name}</Text>
                {p.address && p.address !== p.name && <Text className='muted line'>{p.address}</Text>}
              </View>
              <Text className='link place-option__pick'>选择 ›</Text>
            </View>
          ))}
        </>
      )}
    </View>
  )
}
