# The interface of `outline` in English. Every message here has its Chinese in
# locales/zh-CN/outline.ftl under the same id (tests/cli_lang.rs holds the two to one set).
# Ids that start with `phrase-`, `role-` and `why-` translate the library's and the
# command's fixed English words: the id is those words, lowercased, with every run of other
# characters than letters and digits made one `-` (`app download` → `why-app-download`).

## Help

about = Turns Chinese documents ({ $inputs }) into outlines for mind maps ({ $outputs })
long-about =
    Turns Chinese commentary and official documents into outlines for mind maps.

    Reads (by the file's ending, or --input-format; standard input and other endings by what their first bytes show):
    { $reads }

    Writes (-f, or the ending of -o; `outline formats` tells what each is for):
    { $writes }

    Start with: outline parse article.txt -o article.opml
about-parse = Parse documents and write their outlines (JSON by default)
about-formats = List the output formats
about-schema = Print the JSON Schema of the JSON output
about-completions = Print shell completions (bash, zsh, fish, elvish, powershell)
about-man = Print the man page (roff): one page that covers every subcommand
about-serve = Serve a page and an HTTP API on this machine: paste or drop a document, get its mind map and downloads
about-help = Print this message or the help of the given subcommand(s)
arg-shell = The shell
arg-lang = The language of messages and help: zh or en [default: from LC_ALL, LC_MESSAGES, LANG, LANGUAGE]
arg-help = Print help
arg-version = Print version
arg-inputs = Input files or directories (walked for { $endings }), or `-` for standard input
arg-format = Output format [default: from the -o ending, else json; jsonl for several inputs]
arg-output = Write to this file (atomically); its ending picks the format ({ $endings }). With several inputs, one file takes only JSON Lines, and a directory (ending in /) gets one output per input, mirroring the input tree
arg-input-format = Read the inputs as this format [default: from the file's ending; for standard input and other endings, what the first bytes show (a web page, a Word file, Markdown front matter), else text]
arg-encoding = Read the input in this encoding ({ $encodings } or another WHATWG label) instead of detecting it
arg-depth = Keep only this many levels of the outline
arg-no-body = Leave the body text out
arg-notes-as-children = Put each body in a child node of its own (for tools that ignore OPML notes)
arg-explain = Print how each line was classified, and why, instead of the outline: plain text, to -o when given (a .txt file), else to standard output
arg-jobs = Files parsed at once [default: all cores; at most four a core]
arg-quiet = Print no warnings, progress or summary on standard error
arg-port = The port to listen on [default: 8080; 0: any free port, which is printed]
arg-host = The address to listen on [default: 127.0.0.1]; another than loopback is warned about
arg-open = Open the page in the default browser
arg-max-bytes = The largest document accepted, in bytes [default: 50000000]; a larger one is answered 413 unread
usage-heading = Usage:
heading-arguments = Arguments
heading-options = Options
heading-commands = Commands

## Errors of the command line (clap's)

clap-unknown-argument = unexpected argument '{ $arg }' found
clap-invalid-subcommand = unrecognized subcommand '{ $arg }'
clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-missing-required = the following required arguments were not provided: { $args }
clap-possible-values = possible values: { $values }
clap-tip = tip: a similar { $what } exists: { $suggested }
clap-tip-what-argument = argument
clap-tip-what-subcommand = subcommand
clap-tip-what-value = value
clap-need-command = a command is needed: { $names } (outline --help tells more)

## Errors

error-read = cannot read { $path }: { $message }
error-decode = cannot decode { $path }: { $problem }
error-unknown-encoding = unknown encoding { $name } (try { $common })
error-write = cannot write { $path }: { $reason }
error-render = cannot render { $format }: { $message }
error-no-cjk-font = cannot draw png: no installed font has Chinese characters; install one (e.g. `apt-get install fonts-noto-cjk`) or write svg
decode-binary = binary data (NUL bytes), not text
decode-malformed = bytes are not valid { $encoding }
decode-document = not a readable document: { $why }
decode-no-text-layer = this PDF has no text layer: OCR it first (e.g. `ocrmypdf`)
decode-encrypted = this PDF is encrypted: decrypt it first (e.g. `qpdf --decrypt`)
decode-needs-libreoffice = Word 97-2003 and WPS files (.doc, .wps) are read through LibreOffice, which is not installed: install it (e.g. `apt-get install { $package }`) or save the file as .docx
decode-unknown = not UTF-8, UTF-16, GB18030 or Big5 text (detector guessed { $guess }; use --encoding)
no-documents = no readable files in this directory (none ending in { $endings })
cannot-start-workers = cannot start workers: { $why }
binary-to-terminal = { $format } is a binary format: write it to a file with -o NAME.{ $ending }
explain-format = --explain writes plain text, which { $format } cannot carry: leave out --format, or give -f text
explain-ending = --explain writes plain text, not the { $format } that the ending of { $path } asks for: write it to a .txt file
explain-one-input = --explain takes one input
batch-one-file = several inputs make several documents: one file holds them only as JSON Lines (-f jsonl, or an -o name ending in .jsonl); or write one { $format } file each with -o DIR/
batch-one-stream = several inputs make several documents: one stream holds them only as JSON Lines (-f jsonl, or an -o name ending in .jsonl); or write one { $format } file each with -o DIR/
unknown-ending = cannot tell the format of { $path }: .{ $ending } is the ending of no output format (known: { $known }); or give --format
output-is-input = it is the input: an output never replaces its input
output-is-an-input = it is the input { $input }: an output never replaces an input
outputs-alike = the output of { $one } and of { $other } alike: none of them is written
output-of-input = the output of { $input } is an input: an output never replaces an input
no-such-directory = no such directory { $dir }
not-a-directory = { $dir } is not a directory
permission-denied-in = permission denied in { $dir }
read-only-in = { $dir } is on a read-only file system
no-space-in = no space left in { $dir }
cannot-make-file-in = cannot make a file in { $dir } ({ $kind })
dangling-output = a dangling symbolic link (to { $to }): not written through nor replaced

## Fixed words of errors and skipped files

phrase-no-such-file = no such file
phrase-permission-denied = permission denied
phrase-is-a-directory = is a directory
phrase-a-symbolic-link-to-a-directory = a symbolic link to a directory
phrase-a-dangling-symbolic-link = a dangling symbolic link
phrase-a-file-that-cannot-be-looked-at = a file that cannot be looked at
phrase-a-named-pipe-not-a-regular-file = a named pipe, not a regular file
phrase-a-socket-not-a-regular-file = a socket, not a regular file
phrase-a-device-not-a-regular-file = a device, not a regular file
phrase-not-a-regular-file = not a regular file
phrase-broken-pipe = broken pipe

## Warnings, the summary and skipped files

warning = { $place }: warning: { $message }
skipped = skipped { $path }: { $why }
summary = { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, { $mb } MB in { $secs } s ({ $rate } MB/s), { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }, { $failed } failed
png-shrunk = { $path }: warning: the map is too large for a PNG at { $scale }×: drawn at { $drawn }× to stay under { $million } million pixels (svg keeps every detail)
summary-skipped = , { $skipped } skipped
progress = files
warn-gap = numbering gap: { $marker } follows { $prev }; missing { $missing }
warn-repeat = numbering repeat: { $marker } twice
warn-announced = the title announces { $word } but the outline has { $count } top-level nodes
warn-capped = nesting capped at { $depth } levels: { $marker } made a sibling
warn-more = { $kind }: … and { $count } more like it
warn-kind-gap = numbering gap
warn-kind-repeat = numbering repeat
warn-kind-capped = nesting capped

## --explain: the roles a line is given, and the most common reasons

explain-node = { $kind } node at depth { $depth }
explain-not-a-node = not a node, { $why }
explain-joined = joined to the paragraph of line { $line }
explain-heading-level = heading of level { $level }, as the format states
role-furniture = furniture
role-meta = meta
role-title = title
role-heading = heading
role-subtitle = subtitle
role-text = text
role-inline = inline
role-title-continued = title (continued)
role-title-repeated = title repeated
role-repeated-below = repeated below
kind-heading = heading
kind-run-in = run_in
kind-inline = inline
kind-bullet = bullet
kind-subtitle = subtitle
kind-note = note
why-app-download = app download
why-related-link = related link
why-related-news = related news
why-navigation = navigation
why-breadcrumb = breadcrumb
why-kicker = kicker
why-table-of-contents = table of contents
why-share-row = share row
why-copyright = copyright
why-page-number = page number
why-source-date = source, date
why-source = source
why-date = date
why-author = author
why-editors = editors
why-reporters = reporters
why-affiliation = affiliation
why-credit = credit
why-issuer = issuer
why-document-number = document number
why-document-field = document field
why-dateline = dateline
why-info-line = info line
why-info-line-source-author-date = info line (source, author, date)
why-wechat-header = WeChat header
why-editorial-note = editorial note
why-original-title = original title
why-date-alone-on-a-line = date alone on a line
why-sign-off-date = sign-off date
why-number-does-not-continue-its-series = number does not continue its series
why-a-new-series-must-start-at-1 = a new series must start at 1
why-no-space-after-an-article-marker = no space after an article marker
explain-series = inline series { $markers }
explain-runs = { $runs } run(s) of { $points } point(s) from line { $line }
explain-leads = { $count } parallel short first sentences
explain-text-because = text, { $why }
role-not-a-node = not a node
role-list-intro = list intro
role-decimal-number = decimal number
role-word-and-number = word and number
role-run-in-leads = run-in leads
why-no-words = no words
why-a-short-line-without-sentence-end-heading-a-long-paragraph = a short line without sentence end heading a long paragraph
why-a-short-line-repeated-through-the-text-page-head-or-foot = a short line repeated through the text (page head or foot)
why-contents-entry-the-text-repeats-it-with-a-body = contents entry (the text repeats it with a body)
why-the-format-states-it-as-the-headline = the format states it as the headline
why-the-first-candidate = the first candidate
why-the-text-under-it = the text under it
why-a-byline-or-date-under-it = a byline or date under it
why-column-taken-off = column taken off
why-repeated-below = repeated below
why-names-its-subject = names its subject
why-share-widget = share widget
why-page-tools = page tools
why-copyright-notice = copyright notice
why-font-size-widget = font-size widget
why-source-link = source link
why-app-advert = app advert
why-empty-original-title = empty original title
why-a-phone-number = a phone number
why-a-domain-name = a domain name
why-navigation-label = navigation label
why-poster = poster
why-byline-under-the-title = byline under the title
why-rejected-no-in-order-run-of-two-or-more-from-the-first = rejected, no in-order run of two or more from the first
why-an-item-of-an-attachment-list-back-matter = an item of an attachment list (back matter)
why-the-label-of-a-paper-appended-after-the-text-back-matter = the label of a paper appended after the text (back matter)
why-the-title-of-a-paper-appended-after-the-text-under-its-label-back-matter = the title of a paper appended after the text, under its label (back matter)
why-a-law-number-alone-on-its-line-takes-the-next-line-as-its-text = a law number alone on its line takes the next line as its text
why-a-sentence-runs-on-after-it-no-heading = a sentence runs on after it (no heading)
why-too-few-tagged-items-for-a-series-or-no-text-under-it = too few tagged items for a series, or no text under it
separator = {"; "}
why-a-short-line-ending-in-a-colon-over-a-list = a short line ending in a colon over a list

## What each output format is for (`outline formats`, the values of -f); the English is the
## library's own `Format::description`, which tests/cli_lang.rs holds these to

format-json = the outline as JSON (default)
format-jsonl = one compact JSON document per line (default for several inputs)
format-yaml = the outline as YAML
format-opml = OPML 2.0: XMind, 幕布, MindManager, Workflowy, Dynalist
format-markdown = headings and nested lists: markmap, Obsidian, Typora
format-mermaid = Mermaid mindmap: GitHub, Typora, Mermaid Live (titles only)
format-freemind = FreeMind 1.0 map: FreeMind, Freeplane, XMind import
format-xmind = XMind workbook (binary zip)
format-svg = a mind-map picture (titles only)
format-png = the picture as a PNG image, for slides and chats (titles only)
format-html = a self-contained page: map and folding outline
format-text = an indented tree for the terminal

## Possible values, as clap words them

possible-values = Possible values:
possible-values-short = [possible values: { $values }]

## outline serve

serve-listening = Serving on { $url } (Ctrl-C stops)
serve-not-loopback = warning: listening on { $addr }, which other machines can reach: anyone there can send documents
serve-cannot-listen = cannot listen on { $place }: { $why }
serve-cannot-start = cannot start the server: { $why }
serve-cannot-open = cannot open a browser: open { $url } yourself
