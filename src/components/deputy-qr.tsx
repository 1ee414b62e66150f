import { Button, Image, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { callFunction, errorMessage } from '../services/api'
import { mediaSrc, previewPhotos } from '../services/media'
import { toast } from '../services/platform'

/** A deputy's 码上说事 code, to show, save (long-press in the preview) or print; made on first ask. */
export function DeputyQr({ code, name }: { code: string; name: string }) {
  const [url, setUrl] = useState<string | null>(null)
  const [loading, setLoading] = useState(false)
  const show = async () => {
    setLoading(true)
    try {
      setUrl((await callFunction<{ url: string }>('deputies', { action: 'qr', code }, { auth: false })).url)
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setLoading(false)
    }
  }
  return (
    <View className='card'>
      {url ? (
        <View className='deputy-qr'>
          <Image className='deputy-qr__image' src={mediaSrc(url)} mode='scaleToFill' showMenuByLongpress onClick={() => previewPhotos([url], url)} />
          <Text className='muted'>{name}代表的码上说事二维码，扫码即可反映问题；点开后长按可保存</Text>
        </View>
      ) : (
        <Button className='btn btn--ghost show-qr' loading={loading} disabled={loading} onClick={show}>
          查看代表二维码
        </Button>
      )}
    </View>
  )
}
