import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { useBusy } from '../../../components/use-busy'
import { deputyPhones } from '../../../services/api/suggestions'
import { callPhone } from '../../../services/platform'

/** The lead unit reads the signing deputies' phones to contact them (each read is recorded), and calls with a tap. */
export function DeputyPhones({ id }: { id: string }) {
  const [phones, setPhones] = useState<{ code: string; name: string; phone: string | null }[] | null>(null)
  const [busy, run] = useBusy()
  if (!phones)
    return <Text className='link show-phones' onClick={() => !busy && void run(async () => setPhones((await deputyPhones(id)).items))}>查看代表联系电话（查看将被记录）</Text>
  return (
    <View className='deputy-phones'>
      {phones.map((p) => (
        <Text key={p.code} className={p.phone ? 'link deputy-phone' : 'muted'} onClick={() => p.phone && callPhone(p.phone)}>
          {`${p.name}：${p.phone ?? '未登记电话，请通过联络站联系'}`}
        </Text>
      ))}
    </View>
  )
}
