# `outline` 的中文界面。每条消息都与 locales/en/outline.ftl 中同名的英文消息对应
#（tests/cli_lang.rs 检查两份文件的消息 id 完全一致）。
# 以 `phrase-`、`role-`、`why-` 开头的 id 翻译程序库和命令中固定的英文词句：id 就是那句英文，
# 小写，非字母数字的字符连成一个 `-`（`app download` → `why-app-download`）。

## 帮助

about = 把中文文档（{ $inputs }）变成思维导图用的提纲（{ $outputs }）
long-about =
    把中文评论文章、公文、法规、讲话稿变成思维导图用的层级提纲。

    读取（按文件扩展名，或 --input-format 指定；标准输入和其他扩展名按开头的字节判断）：
    { $reads }

    写出（-f 指定，或按 -o 的扩展名；`outline formats` 说明各格式的用途）：
    { $writes }

    从这里开始：outline parse 文章.txt -o 文章.opml
about-parse = 解析文档，写出提纲（默认 JSON）
about-formats = 列出输出格式
about-schema = 输出 JSON 结果的 JSON Schema
about-completions = 输出 shell 补全脚本（bash、zsh、fish、elvish、powershell）
about-man = 输出 man 手册页（roff），一页涵盖所有子命令
about-serve = 在本机启动网页和 HTTP 接口：粘贴或拖入文档，得到思维导图并下载
about-help = 显示本帮助，或所给子命令的帮助
arg-shell = shell 的名称
arg-lang = 提示和帮助的语言：zh 或 en［默认：按 LC_ALL、LC_MESSAGES、LANG、LANGUAGE］
arg-help = 显示帮助
arg-version = 显示版本
arg-inputs = 输入文件或目录（目录中读取 { $endings } 文件），`-` 表示标准输入
arg-format = 输出格式［默认：按 -o 的扩展名，否则 json；多个输入时 jsonl］
arg-output = 写入此文件（原子写入）；扩展名决定格式（{ $endings }）。多个输入时，一个文件只能是 JSON Lines；目录（以 / 结尾）则每个输入各写一个文件，保持输入的目录结构
arg-input-format = 按此格式读取输入［默认：按文件扩展名；标准输入和其他扩展名按开头的字节判断（网页、Word 文件、Markdown 前置元数据），否则按纯文本］
arg-encoding = 按此编码读取输入（{ $encodings } 或其他 WHATWG 名称），不自动检测
arg-depth = 只保留提纲的前几层
arg-no-body = 不输出正文
arg-notes-as-children = 把每段正文放进单独的子节点（用于忽略 OPML 备注的工具）
arg-explain = 不输出提纲，而是列出每一行如何归类、为什么：纯文本，给了 -o 就写入该文件（.txt），否则写到标准输出
arg-jobs = 同时解析的文件数［默认：全部核心；每个核心最多四个］
arg-quiet = 不在标准错误上输出警告、进度和汇总
arg-port = 监听的端口［默认：8080；0：任一空闲端口，会打印出来］
arg-host = 监听的地址［默认：127.0.0.1］；非本机回环地址会给出警告
arg-open = 在默认浏览器中打开网页
arg-max-bytes = 接受的最大文档字节数［默认：50000000］；更大的不读取，答复 413
usage-heading = 用法：
heading-arguments = 参数
heading-options = 选项
heading-commands = 命令

## 命令行错误（clap 的）

clap-unknown-argument = 未知的参数 '{ $arg }'
clap-invalid-subcommand = 未知的命令 '{ $arg }'
clap-invalid-value = '{ $arg }' 的值 '{ $value }' 无效
clap-missing-required = 缺少必需的参数：{ $args }
clap-possible-values = 可用的值：{ $values }
clap-tip = 提示：有相近的{ $what } { $suggested }
clap-tip-what-argument = 参数
clap-tip-what-subcommand = 命令
clap-tip-what-value = 值
clap-need-command = 需要一个命令：{ $names }（outline --help 有详细说明）

## 错误

error-read = 无法读取 { $path }：{ $message }
error-decode = 无法解码 { $path }：{ $problem }
error-unknown-encoding = 未知的编码 { $name }（可用 { $common }）
error-write = 无法写入 { $path }：{ $reason }
error-render = 无法生成 { $format }：{ $message }
error-no-cjk-font = 无法生成 png：系统没有安装含中文字符的字体；请安装一种（例如 `apt-get install fonts-noto-cjk`），或者改用 svg
decode-binary = 二进制数据（含 NUL 字节），不是文本
decode-malformed = 字节不是有效的 { $encoding }
decode-document = 不是可读的文档：{ $why }
decode-no-text-layer = 这个 PDF 没有文字层：请先做文字识别（OCR），例如用 `ocrmypdf`
decode-encrypted = 这个 PDF 已加密：请先解密，例如用 `qpdf --decrypt`
decode-needs-libreoffice = Word 97-2003 和 WPS 文件（.doc、.wps）要经 LibreOffice 读取，但系统没有安装：请安装（例如 `apt-get install { $package }`），或把文件另存为 .docx
decode-unknown = 不是 UTF-8、UTF-16、GB18030 或 Big5 文本（检测结果为 { $guess }；请用 --encoding 指定）
no-documents = 此目录中没有可读的文件（没有以 { $endings } 结尾的文件）
cannot-start-workers = 无法启动工作线程：{ $why }
binary-to-terminal = { $format } 是二进制格式：请用 -o 名称.{ $ending } 写入文件
explain-format = --explain 输出纯文本，{ $format } 无法容纳：去掉 --format，或用 -f text
explain-ending = --explain 输出纯文本，而不是 { $path } 的扩展名所要求的 { $format }：请写入 .txt 文件
explain-one-input = --explain 只接受一个输入
batch-one-file = 多个输入产生多个文档：一个文件只能以 JSON Lines 容纳它们（-f jsonl，或 -o 以 .jsonl 结尾）；或用 -o 目录/ 每个输入各写一个 { $format } 文件
batch-one-stream = 多个输入产生多个文档：一个输出流只能以 JSON Lines 容纳它们（-f jsonl，或 -o 以 .jsonl 结尾）；或用 -o 目录/ 每个输入各写一个 { $format } 文件
unknown-ending = 无法判断 { $path } 的格式：.{ $ending } 不是任何输出格式的扩展名（可用：{ $known }）；或用 --format 指定
output-is-input = 它就是输入：输出不会覆盖输入
output-is-an-input = 它就是输入 { $input }：输出不会覆盖输入
outputs-alike = { $one } 和 { $other } 的输出相同：都不写出
output-of-input = { $input } 的输出是一个输入：输出不会覆盖输入
no-such-directory = 目录 { $dir } 不存在
not-a-directory = { $dir } 不是目录
permission-denied-in = 没有权限写入 { $dir }
read-only-in = { $dir } 在只读文件系统上
no-space-in = { $dir } 没有剩余空间
cannot-make-file-in = 无法在 { $dir } 中创建文件（{ $kind }）
dangling-output = 悬空的符号链接（指向 { $to }）：既不透过它写入，也不替换它

## 错误和跳过的文件中的固定词句

phrase-no-such-file = 文件不存在
phrase-permission-denied = 没有权限
phrase-is-a-directory = 是一个目录
phrase-a-symbolic-link-to-a-directory = 指向目录的符号链接
phrase-a-dangling-symbolic-link = 悬空的符号链接
phrase-a-file-that-cannot-be-looked-at = 无法查看的文件
phrase-a-named-pipe-not-a-regular-file = 命名管道，不是普通文件
phrase-a-socket-not-a-regular-file = 套接字，不是普通文件
phrase-a-device-not-a-regular-file = 设备，不是普通文件
phrase-not-a-regular-file = 不是普通文件
phrase-broken-pipe = 管道已断开

## 警告、汇总和跳过的文件

warning = { $place }：警告：{ $message }
skipped = 跳过 { $path }：{ $why }
summary = { $files } 个文件，{ $mb } MB，用时 { $secs } 秒（{ $rate } MB/秒），{ $warnings } 条警告，{ $failed } 个失败
summary-skipped = ，跳过 { $skipped } 个
png-shrunk = { $path }：警告：导图太大，PNG 无法按 { $scale }× 绘制：为不超过 { $million } 百万像素，按 { $drawn }× 绘制（svg 保留全部细节）
progress = 个文件
warn-gap = 编号不连续：{ $marker } 接在 { $prev } 之后；缺少 { $missing }
warn-repeat = 编号重复：{ $marker } 出现两次
warn-announced = 标题说有{ $word }，但提纲有 { $count } 个顶层节点
warn-capped = 层级最多 { $depth } 层：{ $marker } 作为同级节点
warn-more = { $kind }：……另有 { $count } 处同类情况
warn-kind-gap = 编号不连续
warn-kind-repeat = 编号重复
warn-kind-capped = 层级超限

## --explain：行的归类和最常见的理由

explain-node = { $kind }节点，第 { $depth } 层
explain-not-a-node = 不成节点，{ $why }
explain-joined = 并入第 { $line } 行的段落
explain-heading-level = { $level } 级标题，格式本身标明
role-furniture = 网页杂项
role-meta = 文章信息
role-title = 标题
role-heading = 小标题
role-subtitle = 副标题
role-text = 正文
role-inline = 段内要点
role-title-continued = 标题（续）
role-title-repeated = 标题重复
role-repeated-below = 下文重复
kind-heading = 标题
kind-run-in = 段首要点
kind-inline = 段内要点
kind-bullet = 列表项
kind-subtitle = 副标题
kind-note = 注释
why-app-download = 下载客户端
why-related-link = 相关链接
why-related-news = 相关新闻
why-navigation = 导航
why-breadcrumb = 面包屑导航
why-kicker = 栏目提示
why-table-of-contents = 目录
why-share-row = 分享栏
why-copyright = 版权声明
why-page-number = 页码
why-source-date = 来源、日期
why-source = 来源
why-date = 日期
why-author = 作者
why-editors = 编辑
why-reporters = 记者
why-affiliation = 单位
why-credit = 署名
why-issuer = 发文机关
why-document-number = 发文字号
why-document-field = 文件字段
why-dateline = 电头
why-info-line = 信息行
why-info-line-source-author-date = 信息行（来源、作者、日期）
why-wechat-header = 微信公众号文章头
why-editorial-note = 编者按
why-original-title = 原标题
why-date-alone-on-a-line = 单独一行的日期
why-sign-off-date = 落款日期
why-number-does-not-continue-its-series = 编号与同一系列不连续
why-a-new-series-must-start-at-1 = 新的编号系列必须从 1 开始
why-no-space-after-an-article-marker = 条号后没有空格
explain-series = 段内要点系列 { $markers }
explain-runs = 从第 { $line } 行起 { $runs } 组、{ $points } 个要点
explain-leads = { $count } 个并列的简短首句
explain-text-because = 正文，{ $why }
role-not-a-node = 不成节点
role-list-intro = 列表引导语
role-decimal-number = 小数点编号
role-word-and-number = 词加编号
role-run-in-leads = 段首领句
why-no-words = 没有文字
why-a-short-line-without-sentence-end-heading-a-long-paragraph = 没有句末标点的短行，领起一个长段落
why-a-short-line-repeated-through-the-text-page-head-or-foot = 全文反复出现的短行（页眉或页脚）
why-contents-entry-the-text-repeats-it-with-a-body = 目录条目（正文中再次出现并带有正文）
why-the-format-states-it-as-the-headline = 格式标明它是标题
why-the-first-candidate = 第一个候选
why-the-text-under-it = 下面是正文
why-a-byline-or-date-under-it = 下面有署名或日期
why-column-taken-off = 去掉栏目名
why-repeated-below = 下文重复出现
why-names-its-subject = 点明主题
why-share-widget = 分享按钮
why-page-tools = 页面工具
why-copyright-notice = 版权声明
why-font-size-widget = 字号按钮
why-source-link = 来源链接
why-app-advert = 客户端广告
why-empty-original-title = 空的原标题
why-a-phone-number = 电话号码
why-a-domain-name = 域名
why-navigation-label = 导航标签
why-poster = 海报
why-byline-under-the-title = 标题下的署名
why-rejected-no-in-order-run-of-two-or-more-from-the-first = 不成立，没有从第一个起按顺序的两个以上要点
why-an-item-of-an-attachment-list-back-matter = 附件清单中的一项（正文后的附属部分）
why-the-label-of-a-paper-appended-after-the-text-back-matter = 正文后所附文件的标签（附属部分）
why-the-title-of-a-paper-appended-after-the-text-under-its-label-back-matter = 正文后所附文件的标题，在其标签之下（附属部分）
why-a-law-number-alone-on-its-line-takes-the-next-line-as-its-text = 单独一行的条号，以下一行为其正文
why-a-sentence-runs-on-after-it-no-heading = 后面接着句子（不是标题）
why-too-few-tagged-items-for-a-series-or-no-text-under-it = 带标记的条目太少，不成系列，或下面没有正文
separator = ；
why-a-short-line-ending-in-a-colon-over-a-list = 以冒号结尾、领起列表的短行

## 各输出格式的用途（`outline formats`，-f 的取值）

format-json = JSON 格式的提纲（默认）
format-jsonl = 每行一个紧凑的 JSON 文档（多个输入时的默认格式）
format-yaml = YAML 格式的提纲
format-opml = OPML 2.0：XMind、幕布、MindManager、Workflowy、Dynalist
format-markdown = 标题和嵌套列表：markmap、Obsidian、Typora
format-mermaid = Mermaid 思维导图：GitHub、Typora、Mermaid Live（只有标题）
format-freemind = FreeMind 1.0 导图：FreeMind、Freeplane、XMind 导入
format-xmind = XMind 工作簿（二进制 zip）
format-svg = 思维导图图片（只有标题）
format-png = PNG 格式的导图图片，可直接放进幻灯片和聊天（只有标题）
format-html = 独立的网页：导图和可折叠的提纲
format-text = 终端里看的缩进树

## 可用的值

possible-values = 可用的值：
possible-values-short = ［可用的值：{ $values }］

## outline serve

serve-listening = 服务地址：{ $url }（按 Ctrl-C 停止）
serve-not-loopback = 警告：监听 { $addr }，其他机器可以访问，任何人都能发送文档
serve-cannot-listen = 无法监听 { $place }：{ $why }
serve-cannot-start = 无法启动服务：{ $why }
serve-cannot-open = 无法打开浏览器：请自行打开 { $url }
