package ru

import (
	"strings"
	"unicode"
)

// Chinese personal names written in Cyrillic follow the Palladius system
// (Цзян Цзэминь, Си Цзиньпин, Чэнь Биндэ); the English-language press
// writes them in Pinyin (Jiang Zemin, Xi Jinping, Chen Bingde). The table
// below is generated from the Pinyin syllable inventory with the standard
// Palladius correspondences, then inverted: each Palladius syllable has
// exactly one Pinyin reading because j/q/x only precede i/ü and z/c/s never
// do (цзи = ji, цзы = zi; си = xi, сы = si).

// pinyinSyllables is the inventory of Mandarin syllables (toneless).
const pinyinSyllables = `
a o e ai ei ao ou an en ang eng er
yi ya ye yao you yan yin yang ying yong yu yue yuan yun
wu wa wo wai wei wan wen wang weng
ba bo bai bei bao ban ben bang beng bi bie biao bian bin bing bu
pa po pai pei pao pou pan pen pang peng pi pie piao pian pin ping pu
ma mo me mai mei mao mou man men mang meng mi mie miao miu mian min ming mu
fa fo fei fou fan fen fang feng fu
da de dai dei dao dou dan den dang deng dong di die diao diu dian ding du duo dui duan dun
ta te tai tao tou tan tang teng tong ti tie tiao tian ting tu tuo tui tuan tun
na ne nai nei nao nou nan nen nang neng nong ni nie niao niu nian nin niang ning nu nuo nuan nü nüe
la le lai lei lao lou lan lang leng long li lia lie liao liu lian lin liang ling lu luo luan lun lü lüe
ga ge gai gei gao gou gan gen gang geng gong gu gua guo guai gui guan gun guang
ka ke kai kao kou kan ken kang keng kong ku kua kuo kuai kui kuan kun kuang
ha he hai hei hao hou han hen hang heng hong hu hua huo huai hui huan hun huang
ji jia jie jiao jiu jian jin jiang jing jiong ju jue juan jun
qi qia qie qiao qiu qian qin qiang qing qiong qu que quan qun
xi xia xie xiao xiu xian xin xiang xing xiong xu xue xuan xun
zha zhe zhi zhai zhei zhao zhou zhan zhen zhang zheng zhong zhu zhua zhuo zhuai zhui zhuan zhun zhuang
cha che chi chai chao chou chan chen chang cheng chong chu chua chuo chuai chui chuan chun chuang
sha she shi shai shei shao shou shan shen shang sheng shu shua shuo shuai shui shuan shun shuang
re ri rao rou ran ren rang reng rong ru ruo rui ruan run
za ze zi zai zei zao zou zan zen zang zeng zong zu zuo zui zuan zun
ca ce ci cai cao cou can cen cang ceng cong cu cuo cui cuan cun
sa se si sai sao sou san sen sang seng song su suo sui suan sun
`

var palInitials = []struct{ py, pal string }{
	{"zh", "чж"}, {"ch", "ч"}, {"sh", "ш"},
	{"b", "б"}, {"p", "п"}, {"m", "м"}, {"f", "ф"}, {"d", "д"}, {"t", "т"},
	{"n", "н"}, {"l", "л"}, {"g", "г"}, {"k", "к"}, {"h", "х"}, {"j", "цз"},
	{"q", "ц"}, {"x", "с"}, {"r", "ж"}, {"z", "цз"}, {"c", "ц"}, {"s", "с"},
}

var palFinals = map[string]string{
	"a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу",
	"an": "ань", "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр",
	"i": "и", "ia": "я", "ie": "е", "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь",
	"iang": "ян", "ing": "ин", "iong": "юн",
	"u": "у", "ua": "уа", "uo": "о", "uai": "уай", "ui": "уй", "uan": "уань",
	"un": "унь", "uang": "уан",
	"ü": "юй", "üe": "юэ", "üan": "юань", "ün": "юнь",
}

var palZero = map[string]string{
	"yi": "и", "ya": "я", "ye": "е", "yao": "яо", "you": "ю", "yan": "янь",
	"yin": "инь", "yang": "ян", "ying": "ин", "yong": "юн", "yu": "юй", "yue": "юэ",
	"yuan": "юань", "yun": "юнь", "wu": "у", "wa": "ва", "wo": "во", "wai": "вай",
	"wei": "вэй", "wan": "вань", "wen": "вэнь", "wang": "ван", "weng": "вэн",
}

// pinyinToPalladius spells one Pinyin syllable in Palladius.
func pinyinToPalladius(py string) string {
	if p, ok := palZero[py]; ok {
		return p
	}
	for _, in := range palInitials {
		if !strings.HasPrefix(py, in.py) {
			continue
		}
		fin := py[len(in.py):]
		switch {
		case in.py == "j" || in.py == "q" || in.py == "x":
			if strings.HasPrefix(fin, "u") {
				fin = "ü" + fin[1:]
			}
		case fin == "i" && (in.py == "z" || in.py == "c" || in.py == "s"):
			return in.pal + "ы"
		case fin == "ui" && in.py == "h":
			return "хуэй"
		}
		if f, ok := palFinals[fin]; ok {
			return in.pal + f
		}
		return ""
	}
	if f, ok := palFinals[py]; ok {
		return f
	}
	return ""
}

// palladius maps a Palladius syllable (lower case, е for ё not used) to
// its Pinyin spelling; maxPalLen is the longest syllable in runes.
var palladius, maxPalLen = func() (map[string]string, int) {
	m := map[string]string{}
	n := 0
	for _, py := range strings.Fields(pinyinSyllables) {
		p := pinyinToPalladius(py)
		if p == "" {
			continue
		}
		if _, dup := m[p]; !dup {
			m[p] = py
		}
		if l := len([]rune(p)); l > n {
			n = l
		}
	}
	return m, n
}()

// chineseSurnames are common Chinese family names in Palladius spelling.
var chineseSurnames = words(`ван ли чжан лю чэнь ян хуан чжао у чжоу сюй сунь ма
чжу ху го хэ гао линь ло чжэн лян се сун тан хань фэн дэн цао пэн цзэн сяо
тянь дун пань юань цай цзян юй ду е чэн вэй су люй дин жэнь шэнь яо лу цуй
чжун тань фань цзинь ши ляо цзя ся фу фан бай цзоу мэн сюн цинь цю инь сюэ янь
дуань лэй хоу лун тао гу мао хао гун шао вань цянь дай кун сян чан вэнь кан ни
ци цзи жун цзо мяо лэн бао`)

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// segmentPalladius splits a lower-case word into Palladius syllables, the
// fewest possible; ok is false when the word does not segment.
func segmentPalladius(w string) ([]string, bool) {
	r := []rune(w)
	n := len(r)
	// best[i]: fewest syllables covering r[i:], -1 when impossible
	best := make([]int, n+1)
	next := make([]int, n+1)
	for i := range best {
		best[i] = -1
	}
	best[n] = 0
	for i := n - 1; i >= 0; i-- {
		for l := maxPalLen; l >= 1; l-- {
			if i+l > n || best[i+l] < 0 {
				continue
			}
			if _, ok := palladius[string(r[i:i+l])]; !ok {
				continue
			}
			if best[i] < 0 || best[i+l]+1 < best[i] {
				best[i], next[i] = best[i+l]+1, i+l
			}
		}
	}
	if best[0] < 0 {
		return nil, false
	}
	var out []string
	for i := 0; i < n; i = next[i] {
		out = append(out, string(r[i:next[i]]))
	}
	return out, true
}

// chineseOnly reports whether a Palladius syllable cannot be read as a
// Russian (or Kazakh, Korean) word part: цз, чж, э after a consonant, юй,
// ы after ц/с, -оу, -уэй.
func chineseOnly(syl string) bool {
	r := []rune(syl)
	switch {
	case strings.HasPrefix(syl, "цз"), strings.HasPrefix(syl, "чж"),
		strings.HasSuffix(syl, "юй"), strings.HasSuffix(syl, "оу"),
		syl == "цы" || syl == "сы" || syl == "хуэй":
		return true
	case len(r) >= 2 && r[1] == 'э' && !isCyrVowel(r[0]):
		return true
	}
	return false
}

// pinyinWord joins Pinyin syllables into one word, with an apostrophe
// before a syllable that starts with a vowel (Xi'an), capitalized.
func pinyinWord(syls []string) string {
	var b strings.Builder
	for i, s := range syls {
		py := palladius[s]
		if i > 0 && strings.IndexByte("aoe", py[0]) >= 0 {
			b.WriteByte('\'')
		}
		b.WriteString(py)
	}
	out := []rune(b.String())
	out[0] = unicode.ToUpper(out[0])
	return string(out)
}

// palCaseEndings are the Russian case endings a declined Palladius word
// may carry (Цзиньпина, Цзэминем, Цзиньпину); replacement first.
var palCaseEndings = [][2]string{
	{"ем", "ь"}, {"ом", ""}, {"я", "ь"}, {"ю", "ь"}, {"е", "ь"}, {"е", ""},
	{"а", ""}, {"у", ""},
}

// ChineseName returns the Pinyin spelling of a Chinese personal name of
// one or two words written in the Palladius system (Цзян Цзэминь → Jiang
// Zemin, Си Цзиньпина → Xi Jinping), and ok=false when the name does not
// look Chinese: a word does not segment into Palladius syllables, or the
// name has neither a common Chinese surname first nor a syllable found
// only in Chinese (цз, чж, -э-, юй…). Names of three or more words
// (Korean, Vietnamese) are left alone.
func ChineseName(words []string) (string, bool) {
	if len(words) == 0 || len(words) > 2 {
		return "", false
	}
	out := make([]string, len(words))
	marker := false
	for i, w := range words {
		if !hasCyr(w) {
			return "", false
		}
		lw := fold(w)
		syls, ok := segmentPalladius(lw)
		if !ok && len(words) == 2 {
			// a declined word: the surname ends in a vowel or does not decline
			for _, e := range palCaseEndings {
				if strings.HasSuffix(lw, e[0]) && len([]rune(lw)) > len([]rune(e[0]))+1 {
					if syls, ok = segmentPalladius(strings.TrimSuffix(lw, e[0]) + e[1]); ok {
						break
					}
				}
			}
		}
		if !ok {
			return "", false
		}
		for _, s := range syls {
			marker = marker || chineseOnly(s)
		}
		out[i] = pinyinWord(syls)
	}
	if !marker {
		first := fold(words[0])
		if len(words) < 2 || !chineseSurnames[first] {
			return "", false
		}
		// a two-word name with a Chinese surname first: the given name has
		// at most two syllables
		if syls, _ := segmentPalladius(fold(words[1])); len(syls) > 2 {
			return "", false
		}
	}
	return strings.Join(out, " "), true
}
