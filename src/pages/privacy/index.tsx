import { Text, View } from '@tarojs/components'
import { Page } from '../../components/page'

/** What the product keeps about a resident, why, for how long, and who sees it: the words of 《码上说事隐私保护指引》. */
const SECTIONS: [string, string][] = [
  ['我们收集什么', '您反映的诉求内容、照片和视频；您选择提供的手机号和问题所在的位置；您的微信身份标识（用于登录，不含昵称和头像）。'],
  ['用来做什么', '只用于把诉求交给代表、联络站和职能部门办理，联系您了解情况，并告诉您每一步进展。不用于其他任何目的。'],
  ['谁能看到', '办理您诉求的代表、联络站工作人员和职能部门可以看到完整内容和手机号；其他人只看到 138****1234 这样的号码。只有您勾选“允许展示”的诉求，其他群众才能看到隐去姓名、电话和门牌后的内容；关注同一问题的邻居只会收到进展，看不到您的照片、视频和位置。'],
  ['如何保护', '手机号加密保存；照片和视频的链接几小时后失效；工作人员查看您的手机号和诉求都会留下记录，由管理员定期检查，记录保存 400 天。'],
  ['内容审核', '将向他人展示的文字和照片会先经过内容安全检测（使用微信小程序时由微信内容安全服务检测），存疑的内容由工作人员审核后才向他人显示；您的举报会被记录，用于核实，不会告诉被举报的人。'],
  ['保存多久', '诉求作为人大代表履职和政府办理的记录长期保存；上传后没有提交的照片和视频一天后删除；登录状态 30 天不使用即失效。'],
  ['您的权利', '在“我的”页面可以下载我们保存的您的全部信息，也可以注销账号：注销后消息、关注和预约会被删除，已提交的诉求作为办理记录保留，但去掉手机号、姓名和门牌。您也可以随时撤回未办理的诉求、不提供手机号或位置，或在系统提示时选择“不同意”，不影响使用其他功能。'],
]

export default function Privacy() {
  return (
    <Page>
      <Text className='section-title'>码上说事隐私保护指引</Text>
      {SECTIONS.map(([title, text]) => (
        <View key={title} className='card'>
          <Text className='field-label'>{title}</Text>
          <Text className='field-value'>{text}</Text>
        </View>
      ))}
    </Page>
  )
}
