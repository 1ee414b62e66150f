import { Button, Image, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { errorMessage } from '../services/api'
import { mediaSrc, previewPhotos } from '../services/media'
import { toast } from '../services/platform'

interface Props {
  /** Asks the server for the code (made on first ask, then kept). */
  load(): Promise<{ url: string }>
  label: string
  caption: string
}

/** A deputy's or station's 码上说事 code, to show, save (long-press in the preview) or print. */
export function QrCard({ load, label, caption }: Props) {
  const [url, setUrl] = useState<string | null>(null)
  const [loading, setLoading] = useState(false)
  const show = async () => {
    setLoading(true)
    try {
      setUrl((await load()).url)
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setLoading(false)
    }
  }
  return (
    <View className='card'>
      {url ? (
        <View className='qr-card'>
          <Image className='qr-card__image' src={mediaSrc(url)} mode='scaleToFill' showMenuByLongpress onClick={() => previewPhotos([url], url)} />
          <Text className='muted'>{caption}</Text>
        </View>
      ) : (
        <Button className='btn btn--ghost show-qr' loading={loading} disabled={loading} onClick={show}>
          {label}
        </Button>
      )}
    </View>
  )
}
