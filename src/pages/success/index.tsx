import { Text, View } from '@tarojs/components'
import { Button } from '../../components/button'
import { nav } from '../../services/platform'
import { Page } from '../../components/page'
import { useParams } from '../../components/use-params'

export default function Success() {
  const { id, number, held, days, by } = useParams()
  const [, month, day] = (by ?? '').split('-').map(Number)
  return (
    <Page>
      <View className='card' style={{ textAlign: 'center' }}>
        <Text className='section-title'>提交成功</Text>
        <Text className='muted'>诉求编号</Text>
        <Text className='success-number'>{number}</Text>
        {days && month ? (
          <Text className='hint reply-by'>{`代表和联络站会在 ${days} 个工作日内答复您，最晚 ${month}月${day}日；超过期限未答复，人大常委会办公室会督办`}</Text>
        ) : (
          <Text className='hint'>代表和联络站会尽快答复</Text>
        )}
        <Text className='hint'>办理进度可在“我的诉求”中查看，有进展会通知您</Text>
        {held === '1' && <Text className='hint held-hint'>诉求内容需经工作人员审核，审核通过前不会向其他群众显示；代表会照常办理</Text>}
      </View>
      <Button className='btn btn--primary' onClick={() => nav.redirect(`/pages/case/index?id=${id}`)}>
        查看办理进度
      </Button>
      <Button className='btn btn--ghost' onClick={() => nav.tab('/pages/index/index')}>
        返回首页
      </Button>
    </Page>
  )
}
