import { Text, View } from '@tarojs/components'

export default function Index() {
  return (
    <View>
      <Text className='name'>王建国</Text>
    </View>
  )
}
