import { Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { StateView } from '../../../components/state-view'
import { useRemote } from '../../../components/use-remote'
import type { RegionNode } from '../../../core/admin/workbook'
import { regionTree } from '../../../services/api/admin'
import { stopPullDownRefresh } from '../../../services/platform'
import { Page } from '../../../components/page'

function Branch({ node, depth }: { node: RegionNode; depth: number }) {
  return (
    <View style={{ paddingLeft: `${depth * 32}px` }}>
      <View className='list-item row row--between region'>
        <Text className='field-value'>{node.name}</Text>
        <Text className='muted'>{`${node.stations} 个站点`}</Text>
      </View>
      {node.children.map((c) => (
        <Branch key={c.name} node={c} depth={depth + 1} />
      ))}
    </View>
  )
}

/** 区域: the district, its 街道乡镇 and their 社区 — made from the stations' own 街道乡镇 and 社区 — with the open stations in each. */
export default function Regions() {
  const tree = useRemote(() => regionTree(), [])
  usePullDownRefresh(() => void tree.reload().finally(stopPullDownRefresh))
  return (
    <Page width='wide'>
      <StateView loading={tree.loading} error={tree.error} onRetry={tree.reload} empty={tree.data?.root === null} emptyText='还没有站点：区域随站点的街道乡镇和社区生成'>
        <View className='card'>
          <Text className='hint'>区域随站点的“街道乡镇”和“社区”生成；在站点中修改即可调整。</Text>
          {tree.data?.root && <Branch node={tree.data.root} depth={0} />}
        </View>
      </StateView>
    </Page>
  )
}
