#!/usr/bin/env python3
"""Generates synthetic articles in the genres tigang reads, for benchmarks: commentary with
sections and inline points, laws with chapters, articles and items, notices with five
levels, news pages with furniture and bullets, speeches with 第一，…, subtitle pieces.

Usage: gen-corpus.py OUT SIZE_MB [--one-file] [--markdown] [--dense]
  OUT a directory (one article per file) or, with --one-file, a file of all articles.
  --markdown writes the same content as Markdown headings and lists (for pandoc).
  --dense keeps paragraphs short: 2.4 times the lines per megabyte of real documents, a
  stress case. Without it, paragraphs are as long as in the dev corpus (about 250 bytes a
  line and 7 KB an article on average).
Deterministic: the same arguments give the same bytes.
"""
import os, random, sys

CN = '零一二三四五六七八九'
PHRASES = ['坚持党的领导', '推动高质量发展', '深化改革开放', '加强基层治理', '完善体制机制', '提升服务水平',
           '强化责任落实', '优化营商环境', '保障改善民生', '推进科技创新', '促进城乡融合', '加强生态保护']
FILLER = ['各地区各部门要结合实际', '切实抓好贯彻落实', '确保各项任务落地见效', '不断增强人民群众获得感',
          '统筹发展和安全', '以钉钉子精神抓落实', '形成工作合力', '持续用力久久为功']


def cn(n):
    if n < 10: return CN[n]
    if n < 20: return '十' + (CN[n % 10] if n % 10 else '')
    return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')


def sentence(r, n=None):
    n = n or r.randint(2, 4)
    return '，'.join(r.choice(PHRASES + FILLER) for _ in range(n)) + '。'


# Sentences in a paragraph are multiplied by this (1 with --dense).
SCALE = [3.1]


def para(r, k=None):
    k = k or r.randint(2, 5)
    return ''.join(sentence(r) for _ in range(max(1, round(k * SCALE[0]))))


def commentary(r, md):
    out = ['求是网评:' + r.choice(PHRASES) + '的实践路径', '', '来源:示例网 2024年05月0%d日 09:30' % r.randint(1, 9),
           '扫一扫 手机阅读', '', para(r), '']
    for s in range(1, r.randint(3, 6)):
        head = f'{cn(s)}、要{r.choice(PHRASES)}，{r.choice(PHRASES)}'
        out += [('## ' if md else '') + head, '']
        pts = ''.join(f'{cn(k)}要{r.choice(PHRASES)}。{para(r, 2)}' for k in range(1, r.randint(3, 5)))
        out += [(para(r, 1) if not md else para(r, 1)) + pts, '']
    out += ['（作者：示例单位 张三）', '', '编辑:李四 责任编辑:王五', '']
    return out


def law(r, md):
    out = ['某省' + r.choice(PHRASES) + '条例', '', '（2023年11月30日某省人民代表大会常务委员会通过）', '']
    art = 1
    for c in range(1, r.randint(3, 6)):
        out += [('## ' if md else '') + f'第{cn(c)}章　{r.choice(PHRASES)}', '']
        for _ in range(r.randint(2, 5)):
            out += [('- ' if md else '') + f'第{cn(art)}条　{para(r, 2)}', '']
            if r.random() < 0.3:
                out += [('  - ' if md else '') + f'（{cn(i)}）{r.choice(PHRASES)}；' for i in range(1, 4)] + ['']
            art += 1
    return out


def notice(r, md):
    out = ['关于做好' + r.choice(PHRASES) + '工作的通知', '', '某发〔2024〕%d号' % r.randint(1, 99), '', para(r), '']
    for s in range(1, 4):
        out += [('## ' if md else '') + f'{cn(s)}、{r.choice(PHRASES)}', '']
        for t in range(1, 3):
            out += [('### ' if md else '') + f'（{cn(t)}）{r.choice(PHRASES)}', '', para(r, 2), '']
            out += [('- ' if md else '') + f'{i}.{r.choice(PHRASES)}。{sentence(r)}' for i in range(1, 3)] + ['']
            out += [('  - ' if md else '') + f'（{i}）{r.choice(PHRASES)}；' for i in range(1, 3)] + ['']
    out += ['某市人民政府办公室', '2024年3月20日', '']
    return out


def news(r, md):
    out = ['首页', '新闻中心', r.choice(PHRASES) + '取得新进展', '', r.choice(PHRASES) + '取得新进展', '',
           '2024年02月11日 10:20　来源：示例日报', '', '点击下载示例新闻客户端', '', para(r), '']
    for _ in range(r.randint(2, 4)):
        out += [('## ' if md else '') + '● ' + r.choice(PHRASES), '']
        out += [('- ' if md else '') + '• ' + r.choice(PHRASES) + '，' + r.choice(FILLER) for _ in range(2)] + ['']
    out += ['本报记者　李华', '', '相关新闻', r.choice(PHRASES) + '综述', '', '责任编辑：钱二', '']
    return out


def speech(r, md):
    out = ['在' + r.choice(PHRASES) + '座谈会上的讲话', '', '（2025年5月4日）', '', '同志们：', '', para(r), '']
    for k in range(1, 4):
        out += [f'第{cn(k)}，要{r.choice(PHRASES)}。{para(r, 3)}', '']
    out += ['首先，' + sentence(r) + '其次，' + sentence(r) + '最后，' + sentence(r), '']
    return out


def subtitles(r, md):
    out = ['以' + r.choice(PHRASES) + '引领发展', '', para(r), '']
    for _ in range(3):
        out += [('## ' if md else '') + r.choice(PHRASES) + ' ' + r.choice(PHRASES), '', para(r, 4), '']
        out += [r.choice(PHRASES) + '。' + para(r, 3), '', r.choice(FILLER) + '。' + para(r, 3), '']
    return out


GENRES = [commentary, law, notice, news, speech, subtitles]


def main():
    out, size_mb = sys.argv[1], float(sys.argv[2])
    one_file, md = '--one-file' in sys.argv, '--markdown' in sys.argv
    if '--dense' in sys.argv:
        SCALE[0] = 1
    r = random.Random(20261126)
    target = int(size_mb * 1_000_000)
    written, n = 0, 0
    sink = open(out, 'w', encoding='utf-8') if one_file else None
    if not one_file:
        os.makedirs(out, exist_ok=True)
    while written < target:
        genre = GENRES[n % len(GENRES)]
        text = '\n'.join(genre(r, md)) + '\n'
        data = text.encode('utf-8')
        if sink:
            sink.write(text)
        else:
            sub = os.path.join(out, f'{n // 1000:03d}')
            os.makedirs(sub, exist_ok=True)
            with open(os.path.join(sub, f'{genre.__name__}-{n:06d}.{"md" if md else "txt"}'), 'wb') as f:
                f.write(data)
        written += len(data)
        n += 1
    if sink:
        sink.close()
    print(f'{n} articles, {written / 1e6:.1f} MB', file=sys.stderr)


if __name__ == '__main__':
    main()
