import { useEffect, type PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { useCare } from './components/page'
import { initPlatform, markDocumentCare } from './services/platform'
import './app.css'

function App({ children }: PropsWithChildren) {
  useLaunch(() => initPlatform())
  const care = useCare()
  useEffect(() => markDocumentCare(care), [care])
  return children
}

export default App
