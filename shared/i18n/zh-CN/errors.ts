import type { errors as en } from '../en/errors';

export const errors: typeof en = {
  landscape: {
    fileTooLarge: '{{file}} 大小为 {{size}}，超出了 Kube Planner 可接受的 landscape 文件上限（{{limit}}）。',
    tooLarge: '{{file}}：文件超过 {{limit}} MB，这是 landscape 文件的大小上限。',
    notYaml: '{{file}}：不是有效的 YAML：{{reason}}。',
    notYamlAt: '{{file}}：不是有效的 YAML（第 {{line}} 行第 {{column}} 列）：{{reason}}。',
    undefinedAlias: '{{file}}：不是有效的 YAML：有别名引用了在它之前未定义的锚点。',
    undefinedAliasAt: '{{file}}：不是有效的 YAML：第 {{line}} 行的别名引用了在它之前未定义的锚点。',
    aliasBomb: '{{file}}：其中的 YAML 别名展开后数据量过大（“billion laughs”式文档）；landscape 文件不需要别名。',
    notLandscape: '{{file}}：不是 CNCF landscape 文件：{{path}} 处$t(errors:landscape.shape.{{problem}})。',
    notLandscapeAt: '{{file}}：不是 CNCF landscape 文件：{{path}} 处（第 {{line}} 行）$t(errors:landscape.shape.{{problem}})。',
    notLandscapeTop: '{{file}}：不是 CNCF landscape 文件：最外层$t(errors:landscape.shape.{{problem}})。',
    notLandscapeTopAt: '{{file}}：不是 CNCF landscape 文件：最外层（第 {{line}} 行）$t(errors:landscape.shape.{{problem}})。',
    shape: {
      document: '应为一个映射，且顶层有 `landscape:` 分类列表',
      categories: '应为分类列表',
      category: '应为一个分类（含名称和子分类的映射）',
      subcategories: '应为子分类列表',
      subcategory: '应为一个子分类（含名称和条目的映射）',
      items: '应为条目列表',
      item: '应为一个条目（含名称的映射）',
      name: '应为名称',
      unexpected: '内容不符合预期',
    },
    noNamedItem: '{{file}}：没有任何条目带有名称；第一个缺少名称的条目位于 {{category}} / {{subcategory}}。',
    noNamedItemAt: '{{file}}：没有任何条目带有名称；第一个缺少名称的条目位于 {{category}} / {{subcategory}}（第 {{line}} 行）。',
    noItems: '{{file}}：该 landscape 中没有任何条目。',
  },
  store: {
    readFailed: '无法读取 {{path}}：{{reason}}',
    notJson: '{{path}} 不是有效的 JSON：{{reason}}',
    wrongShape: '{{path}} 的结构不符合预期：{{reason}}',
    saveFailed: '无法保存 {{path}}：{{reason}}',
    removeFailed: '无法删除 {{path}}：{{reason}}',
  },
  export: {
    dialogUnavailable: '只有桌面版应用才能通过对话框保存文件。',
    pdfFailed: '无法把方案打印成 PDF：{{reason}}',
    pdfUnavailable: '此处无法导出 PDF。',
    invalidManifests: '清单未通过 Kubernetes 模式校验，因此没有导出：{{problems}}',
  },
  planFile: {
    tooLarge: '{{file}}：方案文件大小为 {{size}}，Kube Planner 最多只能打开 {{limit}} 的方案。',
    empty: '{{file}}：方案文件是空的。',
    truncated: '{{file}}：方案文件提前结束了，看起来被截断了，可能是保存或复制时中断所致。',
    notJson: '{{file}}：方案文件不是有效的 JSON：{{reason}}',
    tooDeep: '{{file}}：方案文件嵌套了 {{depth}} 层，而方案最多只会嵌套 {{limit}} 层。',
    hostileKey: '{{file}}：方案文件里有键“{{path}}”，正常的方案不会有它，它可能被用来篡改应用。',
    notAPlan: '{{file}}：这是 JSON 文件，但不是 Kube Planner 方案：里面没有方案版本号。',
    newerVersion:
      '{{file}}：该方案由更新版本的 Kube Planner 保存（方案版本 {{version}}），当前版本最多只能打开版本 {{supported}} 的方案。请升级 Kube Planner 后再打开。',
    wrongShape: '{{file}}：方案文件（版本 {{version}}）中 {{field}} 的值不对：{{reason}}',
  },
  planStore: {
    notFound: '工作区里没有方案 {{id}}。',
    notInTrash: '回收站里没有方案 {{id}}。',
    notRecent: '{{path}} 不在最近打开的方案文件列表中，请通过“打开”对话框打开它。',
    openDialogUnavailable: '只有桌面版应用才能通过对话框打开文件。',
  },
  request: {
    invalid: '对 {{channel}} 的请求无效：{{issues}}',
    invalidResponse: '{{channel}} 的处理程序返回了无效的响应：{{issues}}',
    unknownChannel: '未知的通道“{{channel}}”。',
    internal: '{{channel}} 执行失败：{{reason}}',
  },
  openExternal: {
    refused: 'Kube Planner 只打开指向已知网站的 https 链接，{{url}} 不在此列。',
  },
  showInFolder: {
    unavailable: '只有桌面版才能在文件夹中显示文件。',
    notSaved: '{{path}} 不是 Kube Planner 在本次运行中保存的文件。',
  },
  web: {
    forbiddenOrigin: '不接受来自 {{origin}} 的请求。',
    unauthorized: '会话令牌缺失或不正确。',
  },
  host: {
    unreachable: 'Kube Planner 主机没有响应：{{reason}}',
    noResult: 'Kube Planner 主机返回了状态码 {{status}}，但没有附带结果。',
  },
};
