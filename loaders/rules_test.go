package loaders

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestParseStamp: date stamp lines in the forms real pages use.
func TestParseStamp(t *testing.T) {
	tests := []struct {
		line string
		want string // ISO date; "--MM-DD" when the stamp has no year; "" when not a stamp
		pure bool
	}{
		{"• calendar-gray 26 February 2021", "2021-02-26", true}, // icon label + date
		{"29.09.2017 [00:04]", "2017-09-29", true},               // numeric with time in brackets
		{"October 24, 2023", "2023-10-24", true},                 // US order
		{"25.Nov.2025", "2025-11-25", true},                      // dotted month abbreviation
		{"5 октября 2021 года", "2021-10-05", true},              // Russian genitive month
		{"Опубликовано: 5 октября 2021 года, 14:20", "2021-10-05", true},
		{"- 7 March 2024, 15:54", "2024-03-07", true}, // bullet before a sidebar stamp
		{"Ekleme: 14.03.2022 09:05:11 / Güncelleme: 14.03.2022 09:05:11 / English News", "2022-03-14", true},
		{"27 Aug. 13:50", "--08-27", true},
		{"Updated: 6 Oct 2021, 10:00 | Published: 5 Oct 2021, 09:00", "2021-10-05", true}, // labelled publication date wins
		{"Published: 5 Oct 2021 | Updated: 6 Oct 2021", "2021-10-05", true},
		{"Обновлено: 06.10.2021 12:00 | Опубликовано: 05.10.2021 10:00", "2021-10-05", true}, // labelled, Russian
		{"26.07.2023 19:40 (обновлено: 20:05)", "2023-07-26", true},                          // render-like stamp, update time only
		{"Xinhua | Updated: 2020-08-07 08:12", "2020-08-07", false},                          // outlet and update stamp
		{"27.05.2024", "2024-05-27", true},
		{"Tuesday, 5 October 2021", "2021-10-05", true},                          // no year
		{"June 28, 2021", "2021-06-28", true},                                    // after a byline
		{"Agenda.ge, 17 May 2023 - 09:41, Tbilisi,Georgia", "2023-05-17", false}, // outlet line: kept
		{"БАКУ, 11 сен – 1NEWS.AZ", "--09-11", false},                            // dateline line: kept
		{"• Clock-gray 19:45", "", false},                                        // time only: furniture
		{"The ministers met on 5 October 2021 in Baku to discuss the plan for joint drills next year.", "", false},
		{"Other news", "", false},
		{"2021", "", false},
	}
	for _, tt := range tests {
		st, ok := parseStamp(tt.line)
		got := ""
		if ok {
			got = st.date.String()
			if st.date.Year == 0 {
				got = strings.Replace(dateMD(st.date.Month, st.date.Day), "0000", "", 1)
			}
		}
		if got != tt.want {
			t.Errorf("parseStamp(%q) = %q, want %q", tt.line, got, tt.want)
		}
		if ok && st.pure() != tt.pure {
			t.Errorf("parseStamp(%q).pure() = %v, want %v (residue %q)", tt.line, st.pure(), tt.pure, st.residue)
		}
	}
}

func dateMD(m, d int) string {
	return "--" + string(rune('0'+m/10)) + string(rune('0'+m%10)) + "-" + string(rune('0'+d/10)) + string(rune('0'+d%10))
}

// TestMetadataForms: published date and source of small pages, one form per
// row, English and Russian.
func TestMetadataForms(t *testing.T) {
	const para = "The ministers discussed military cooperation and regional security at the meeting on the same day."
	const paraRu = "Министры обсудили военное сотрудничество и региональную безопасность на встрече в тот же день."
	tests := []struct {
		name, page string
		published  string
		source     string
		authors    []string
		language   string
		title      string
		bodyHasNot string
		bodyHas    string
	}{
		{name: "slash dateline with agency", page: "Leaders sign declaration\nBaku/15.06.21/Turan: " + para,
			published: "2021-06-15", source: "Turan", language: "en", title: "Leaders sign declaration"},
		{name: "scraper marker", page: " date 2024-03-06 Caption of a photo from the archive. Archive\nMinister visits Ankara\n" + para,
			published: "2024-03-06", language: "en", title: "Minister visits Ankara", bodyHasNot: "Archive"},
		{name: "TASS dateline, year from the story", page: "MINSK, December 19. /TASS/. " + para + " The plan was approved on 19 December 2022.",
			published: "2022-12-19", source: "TASS", language: "en"},
		{name: "ТАСС in Russian", page: "МИНСК, 19 декабря. /ТАСС/. " + paraRu + " План утвержден 19 декабря 2022 года.",
			published: "2022-12-19", source: "TASS", language: "ru"},
		{name: "paren agency", page: "Paris [France], Oct 9 (ANI): " + para + " It was the dialogue of October 9, 2019.",
			published: "2019-10-09", source: "ANI", language: "en"},
		{name: "APA reports", page: "Minister speaks\n• calendar-gray 12 April 2022\n“The talks were useful,” the minister told journalists after the meeting, APA reports.\n" + para,
			published: "2022-04-12", source: "APA", language: "en"},
		{name: "Trend reports lowercase agency in name", page: "BAKU, Azerbaijan, February 2. " + para + " Trend reports.\nThe exercises began on 30 January 2023.",
			published: "2023-02-02", source: "Trend", language: "en"},
		{name: "сообщает АПА", page: "Президент выступил\n" + paraRu + " Об этом сообщает АПА.",
			source: "APA", language: "ru"},
		{name: "со ссылкой на Интерфакс", page: paraRu + " Об этом говорится в сообщении со ссылкой на Интерфакс.",
			source: "Interfax", language: "ru"},
		{name: "outlet handle in follow blurb", page: "Ministers meet\nBy Vugar Khalilov\n" + para + "\nFollow us on Twitter @AzerNewsAz",
			source: "Azernews", authors: []string{"Vugar Khalilov"}, language: "en", bodyHasNot: "Follow"},
		{name: "Russian byline", page: "Министры встретились\nАвтор: Иван Петров\n" + paraRu,
			authors: []string{"Иван Петров"}, language: "ru"},
		{name: "closing agency in parentheses", page: "Ministers meet in Tbilisi\n" + para + " (ILKHA)",
			source: "ILKHA", language: "en"},
		{name: "domain dateline", page: "Ministers meet\nБАКУ, 11 сен – 1NEWS.AZ\n" + paraRu + "\n![x](/img/2014/09/11/a.jpg)",
			published: "2014-09-11", source: "1news.az", language: "ru"},
		{name: "outlet line", page: "Ministers meet\nAgenda.ge, 17 May 2023 - 09:41, Tbilisi,Georgia\n" + para,
			published: "2023-05-17", source: "Agenda.ge", language: "en"},
		{name: "Russian date with year word", page: "Министры встретились\n5 октября 2021 года\n" + paraRu,
			published: "2021-10-05", language: "ru"},
		{name: "ministry reported is not a source", page: "Ministers meet\n" + para + " the Defence Ministry reported on October 5.",
			language: "en"},
		{name: "NATO reports is not a source", page: para + " NATO reports that the exercise went well.",
			language: "en"},
		{name: "render date below the story is not the date", page: "Ministers meet\n" + para + "\n\n29 Nov 2025",
			language: "en"},
		{name: "sidebar dates are not the date", page: "Ministers meet\n" + para + "\nLatest news\nOther story one happened\n24.Nov.2025\nOther story two happened\n23.Nov.2025",
			language: "en", bodyHasNot: "Other story"},
		{name: "sidebar credits are not the source", page: "Ministers meet\n" + para + "\nPolitics\n-\nThe editor told Reuters reporters about it, Reuters reports.\n-\nAnother item of the list.",
			language: "en", bodyHasNot: "Reuters"},
		{name: "kicker section before the title", page: "TÜRKİYE\nTurkey and Azerbaijan begin drills\n" + para,
			title: "Turkey and Azerbaijan begin drills", language: "en", bodyHasNot: "TÜRKİYE"},
		{name: "domain in a dotted dateline", page: "Baku. 26 February. REPORT.AZ/ " + para + " The plan of 1 February 2021.",
			published: "2021-02-26", source: "Report.az", language: "en"},
		{name: "Anadolu short form", page: "ANKARA (AA) – " + para,
			source: "Anadolu", language: "en"},
		{name: "Reuters dateline", page: "WASHINGTON, Oct 9 (Reuters) - " + para + "\nRelated coverage\n8 Oct 2019 · Other story happened there today\n7 Oct 2019 · Another story happened there today",
			published: "2019-10-09", source: "Reuters", language: "en"},
		{name: "agency as byline", page: "Ministers meet\nBy AFP\n" + para,
			source: "AFP", language: "en"},
		{name: "news agency reports", page: para + " The meeting was closed, the Interfax news agency reports.",
			source: "Interfax", language: "en"},
		{name: "передает корреспондент", page: paraRu + " Об этом передает корреспондент АПА.",
			source: "APA", language: "ru"},
		{name: "published and updated stamps are not a list", page: "Министры встретились\nОпубликовано: 05.10.2021 10:00\nОбновлено: 06.10.2021 12:00\n" + paraRu,
			published: "2021-10-05", title: "Министры встретились", language: "ru"},
		{name: "side list before the story", page: "Latest news\nOther story one happened\n24.Nov.2025\nOther story two happened\n23.Nov.2025\nMinisters meet in Baku\n" + para + "\n" + para,
			title: "Ministers meet in Baku", language: "en", bodyHasNot: "Other story"},
		{name: "section breaks are story", page: "Ministers meet\n" + para + "\n***\nShort second part.\n***\n" + para,
			language: "en", bodyHas: "Short second part."},
		{name: "headline with a final period", page: "Putin and Erdogan meet in Sochi.\n" + para,
			title: "Putin and Erdogan meet in Sochi", language: "en"},
		// Family: the outlet named only in the copyright footer (lowest priority).
		{name: "copyright footer, company suffixes dropped", page: "Ministers meet\n" + para + "\n© 2021 Kathimerini Publishing S.A. All rights reserved.",
			source: "Kathimerini", language: "en", bodyHasNot: "rights"},
		{name: "copyright footer, unknown outlet", page: "Ministers meet\n" + para + "\nCopyright © 2024 Example Media",
			source: "Example", language: "en"},
		{name: "copyright footer after a side list", page: "Ministers meet\n" + para + "\nMost read\n27.09.2021 | Other story one happened there\n26.09.2021 | Other story two happened there\n© 2021 Kathimerini Publishing S.A.",
			source: "Kathimerini", language: "en", bodyHasNot: "Other story"},
		{name: "copyright footer in Russian", page: "Министры встретились\n" + paraRu + "\n© РИА Новости",
			source: "RIA Novosti", language: "ru"},
		{name: "copyright footer, legal form and years", page: "Министры встретились\n" + paraRu + "\n© АО «РОСБИЗНЕСКОНСАЛТИНГ», 1995–2023",
			source: "RBC", language: "ru"},
		{name: "dateline beats the copyright footer", page: "MINSK, December 19. /TASS/. " + para + " The plan of 19 December 2022.\n© 2022 Example Media",
			published: "2022-12-19", source: "TASS", language: "en"},
		{name: "photo credit is not the copyright holder", page: "Ministers meet\n" + para + "\nPhoto: © Some Agency",
			language: "en"},
		// Family: bylines naming the agency.
		{name: "staff byline with a stamp", page: "Ministers meet\nAnadolu Staff  |22.04.2024 - Update : 23.04.2024\n" + para,
			published: "2024-04-22", source: "Anadolu", language: "en"},
		{name: "By Reuters Staff", page: "Ministers meet\nBy Reuters Staff\n" + para,
			source: "Reuters", language: "en", bodyHasNot: "Staff"},
		{name: "AA staff", page: "Ministers meet\nAA staff\n" + para,
			source: "Anadolu", language: "en"},
		{name: "unknown outlet staff byline", page: "Ministers meet\nBy Caspian Herald Staff\n" + para,
			source: "Caspian Herald", language: "en", bodyHasNot: "Staff"},
		{name: "embassy staff is no byline", page: "Ministers meet\n" + para + "\nEmbassy staff.\n" + para,
			language: "en"},
		{name: "our staff is no outlet", page: "Ministers meet\nBy Our Staff\n" + para,
			language: "en"},
		{name: "корреспондент агентства в подписи", page: "Министры встретились\nКорреспондент РИА Новости\n" + paraRu,
			source: "RIA Novosti", language: "ru"},
		{name: "автор — корреспондент ТАСС", page: "Министры встретились\nАвтор: корреспондент ТАСС Иван Петров\n" + paraRu,
			source: "TASS", language: "ru"},
		// Family: subscription and social blurbs naming the outlet.
		{name: "follow outlet on X", page: "Ministers meet\n" + para + "\nFollow Daily Sabah on X",
			source: "Daily Sabah", language: "en"},
		{name: "subscribe to outlet", page: "Ministers meet\n" + para + "\nSubscribe to Kathimerini",
			source: "Kathimerini", language: "en"},
		{name: "follow us on X is no outlet", page: "Ministers meet\n" + para + "\nFollow us on X, Facebook and Telegram\nSubscribe to our newsletter",
			language: "en"},
		{name: "подписывайтесь на РБК в Telegram", page: "Министры встретились\n" + paraRu + "\nПодписывайтесь на РБК в Telegram",
			source: "RBC", language: "ru"},
		{name: "читайте «СБ» в Telegram", page: "Министры встретились\n" + paraRu + "\nЧитайте «СБ. Беларусь сегодня» в Telegram",
			source: "SB. Belarus Segodnya", language: "ru"},
		{name: "quoted outlet in Telegram after a side list", page: "Министры встретились\n" + paraRu + "\nДругие материалы\n05.12.2024 В Минске прошел форум молодежи\n04.12.2024 Синоптики обещают снег в выходные\n«Минская правда» в Telegram, ВКонтакте и Одноклассниках",
			source: "Минская правда", language: "ru"},
		{name: "quoted outlet in Telegram closing the story", page: "Министры встретились\n" + paraRu + "\n«Минская правда» в Telegram",
			source: "Минская правда", language: "ru", bodyHasNot: "Telegram"},
		{name: "story line about Telegram is no blurb", page: "Министры встретились\n" + paraRu + "\nОб этом министр написал в Telegram.",
			language: "ru", bodyHas: "Telegram"},
		{name: "подписывайтесь на Telegram is no outlet", page: "Министры встретились\n" + paraRu + "\nПодписывайтесь на нас в Telegram и Дзен",
			language: "ru"},
		{name: "dateline beats the blurb", page: "ЕРЕВАН, 11 сен 2023 – Новости-Армения. " + paraRu + "\nПодписывайтесь на РБК в Telegram",
			published: "2023-09-11", source: "Novosti-Armenia", language: "ru"},
		{name: "agency after the dateline's date", page: "YEREVAN, JUNE 18, ARMENPRESS. " + para + " The contract of 20 May 2024.",
			published: "2024-06-18", source: "Armenpress", language: "en"},
		{name: "wire credits are not story", page: "Pact signed\nMANILA, July 8 (Reuters) - " + para + "\nReporting by Tim Kelly; Editing by Ed Davies\nRead Next\nChina reacts to the pact",
			source: "Reuters", language: "en", bodyHasNot: "Editing"},
		{name: "agency closing a dateline line", page: "Ministers meet\nBaku, October 5, AZERTAC\n" + para + " The talks of 4 October 2021.",
			published: "2021-10-05", source: "AZERTAC", language: "en"},
		{name: "agency in parentheses closing a dateline", page: "Baku, 5 October 2021 (APA). " + para,
			published: "2021-10-05", source: "APA", language: "en"},
		// Year-less datelines: the year of the same date in the story, else
		// the most frequent year of the story's full dates, else the page's
		// other dated lines, else unknown. Bare years name other events.
		{name: "bare year is not the dateline's year", page: "HANOI, Sept 10 (Reuters) - " + para + " They set up a partnership in 2013.",
			source: "Reuters", language: "en"},
		{name: "same date in the story beats other years", page: "МОСКВА, 9 сентября (БелТА) – " + paraRu + " Лидер прибыл 9 сентября 2021 года. Договор от 1 января 2022 года и от 2 января 2022 года. Цена в 2022 году останется.",
			published: "2021-09-09", source: "BelTA", language: "ru"},
		{name: "year of the sidebar's dated headlines", page: "MANILA, April 11 (PNA) -- " + para + "\nLatest News\nApril 10, 2023 Another story happened there in the city",
			published: "2023-04-11", source: "PNA", language: "en", bodyHasNot: "Another story"},
		{name: "year across new year from sidebar dates", page: "MOSCOW, December 30 (Reuters) - " + para + "\nLatest news\nJan 2, 2022 · Another story happened there in the city",
			published: "2021-12-30", source: "Reuters", language: "en"},
		{name: "TASS region in slashes", page: "МУЛИНО /Нижегородская область/, 13 сентября. /ТАСС/. " + paraRu + "\nПоследние новости\n17 сентября 2021 — Другая новость дня о выборах в городе",
			published: "2021-09-13", source: "TASS", language: "ru", bodyHasNot: "Другая"},
		// Stamps and datelines.
		{name: "dateline beats an updated stamp", page: "Ministers meet\nXinhua | Updated: 2020-08-07 08:12\nCAIRO, Aug. 6 (Xinhua) -- " + para,
			published: "2020-08-06", source: "Xinhua", language: "en"},
		{name: "published beats updated", page: "Министры встретились\nОбновлено: 06.10.2021 12:00\nОпубликовано: 05.10.2021 10:00\n" + paraRu,
			published: "2021-10-05", language: "ru"},
		{name: "updated stamp alone", page: "Ministers meet\nUpdated: 7 October 2021\n" + para,
			published: "2021-10-07", language: "en"},
		{name: "stamp above a RIA dateline", page: "Министры встретились\n26.07.2023 19:40 (обновлено: 20:05)\nПХЕНЬЯН, 26 июл — РИА Новости. " + paraRu,
			published: "2023-07-26", source: "RIA Novosti", language: "ru"},
		{name: "Sputnik country edition", page: "Министры встретились\n27.05.2024\nТАШКЕНТ, 27 мая — Sputnik Узбекистан. " + paraRu,
			published: "2024-05-27", source: "Sputnik", language: "ru"},
		{name: "agency after a dash with year", page: "БИШКЕК, 13 марта 2025 — Кабар. " + paraRu,
			published: "2025-03-13", source: "Kabar", language: "ru"},
		{name: "unknown agency shaped after a dash", page: "ОШ, 13 марта 2025 — Ошпресс. " + paraRu,
			published: "2025-03-13", source: "Ошпресс", language: "ru"},
		{name: "upper-case Russian month and agency", page: "ЕРЕВАН, 22 ФЕВРАЛЯ, АРМЕНПРЕСС. " + paraRu + " Встреча прошла 22 февраля 2024 года.",
			published: "2024-02-22", source: "Armenpress", language: "ru"},
		{name: "agency after a dotted dateline", page: "NUR-SULTAN. September 14. KAZINFORM - " + para + " Talks were held on 14 September 2022.",
			published: "2022-09-14", source: "Kazinform", language: "en"},
		{name: "agency after a double dash", page: "Beijing, March 10, 2023, SPA -- " + para,
			published: "2023-03-10", source: "SPA", language: "en"},
		{name: "undated dateline with agency", page: "WARSAW (PAP) - " + para,
			source: "PAP", language: "en"},
		{name: "undated AP dateline, date in the lead", page: "Pact signed\nMANILA, Philippines (AP) — The Philippines and Japan signed a defense pact on Monday, July 8, 2024, that will allow troops to train together.",
			published: "2024-07-08", source: "AP", language: "en"},
		{name: "Interfax-Ukraine is its own agency", page: "KYIV, May 5 (Interfax-Ukraine) - " + para,
			source: "Interfax-Ukraine", language: "en"},
		{name: "story words after a dateline are not an agency", page: "MOSCOW, June 5. Russian President Vladimir Putin said on Monday that the talks went well.",
			language: "en"},
		{name: "Russian story words after a dateline are not an agency", page: "ТАШКЕНТ, 27 мая. Президент России прибыл в Узбекистан с государственным визитом накануне вечером.",
			language: "ru"},
		{name: "month name after a dateline is not an agency", page: "LONDON, 5 May — Monday. " + para,
			language: "en"},
		{name: "dateless dateline with a known agency", page: "Tehran, IRNA -- " + para,
			source: "IRNA", language: "en"},
		{name: "dotted dateless dateline", page: "ASTANA. KAZINFORM – " + para,
			source: "Kazinform", language: "en"},
		{name: "place after a dateless dateline is not an agency", page: "MOSCOW, Russia — " + para,
			language: "en"},
		{name: "a lower-case outlet word in prose is not an agency", page: "The talks went well, the report. " + para,
			language: "en"},
		{name: "a dash between the place and a known agency", page: "Talks in Trabzon\n08.06.2012 | 19:25\nTRABZON – Anatolia News Agency\n" + para,
			published: "2012-06-08", source: "Anadolu", language: "en"},
		{name: "lower-case agency in parentheses", page: "Berlin (dpa) - " + para,
			source: "DPA", language: "en"},
		{name: "Mehr's acronym", page: "TEHRAN, Jan. 05 (MNA) – " + para + " The talks of 5 January 2023.",
			published: "2023-01-05", source: "Mehr", language: "en"},
		{name: "Ukrainian dateline and credit", page: "Міністри зустрілися\nКИЇВ, 24 лютого. Міністри оборони України та Польщі обговорили співпрацю 24 лютого 2023 року, повідомляє Укрінформ.",
			published: "2023-02-24", source: "Ukrinform", language: "uk"},
		{name: "dateline after a standfirst", page: "Pact signed\nThe two countries agreed to deploy troops on each other's soil for joint training.\nMANILA, July 8 (Reuters) - " + para + " The pact of 8 July 2024.",
			published: "2024-07-08", source: "Reuters", language: "en"},
		{name: "Turkish text", page: "Bakanlar bir araya geldi ve bu toplantıda iki ülke arasındaki işbirliği için yeni bir plan kabul edildi.",
			language: "tr"},
		{name: "Ukrainian text", page: "Міністри оборони України та Польщі обговорили співпрацю і постачання зброї.",
			language: "uk"},
	}
	c := newCleaner()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pg := c.clean(tt.page, cleanHints{})
			assert.Equal(t, tt.published, pg.published.String(), "published (%s)", pg.pubWhy)
			assert.Equal(t, tt.source, pg.source, "source (%s)", pg.srcWhy)
			if tt.authors != nil {
				assert.Equal(t, tt.authors, pg.authors)
			}
			if tt.source != "" {
				// An agency named in the byline is not an author.
				assert.NotContains(t, pg.authors, tt.source+" Staff")
			}
			if tt.title != "" {
				assert.Equal(t, tt.title, pg.title)
			}
			assert.Equal(t, tt.language, detectLanguage(pg.title+"\n"+pg.body))
			if tt.bodyHasNot != "" {
				assert.NotContains(t, pg.body, tt.bodyHasNot)
			}
			if tt.bodyHas != "" {
				assert.Contains(t, pg.body, tt.bodyHas)
			}
		})
	}
}

// TestOutletNormalize: one name per outlet, whatever the spelling.
func TestOutletNormalize(t *testing.T) {
	o := newOutlets()
	tests := []struct{ in, want string }{
		{"ТАСС", "TASS"}, {"TASS", "TASS"}, {"Azertac", "AZERTAC"}, {"АЗЕРТАДЖ", "AZERTAC"},
		{"Интерфакс", "Interfax"}, {"РИА Новости", "RIA Novosti"}, {"Anadolu Agency", "Anadolu"},
		{"Trend News Agency", "Trend"}, {"@AzerNewsAz", "Azernews"}, {"1NEWS.AZ", "1news.az"},
		{"Unknown.GE", "unknown.ge"}, {"İLKHA", "ILKHA"}, {"Report.az", "Report.az"}, {"the Associated Press", "AP"},
		{"Some Weekly", "Some Weekly"}, {"Укрінформ", "Ukrinform"}, {"ЦТАК", "KCNA"}, {"Кабар", "Kabar"},
		{"АРМЕНПРЕСС", "Armenpress"}, {"Синьхуа", "Xinhua"}, {"Interfax-Ukraine", "Interfax-Ukraine"},
		{"Georgia's IPN", "Interpressnews"}, {"Казинформ", "Kazinform"}, {"Polish Press Agency", "PAP"},
		// Distinct outlets whose names share words: the exact alias wins.
		{"Новости-Армения", "Novosti-Armenia"}, {"NEWS.am", "news.am"}, {"newsarmenia.am", "Novosti-Armenia"},
		{"РИА Новости", "RIA Novosti"}, {"Новости", "Новости"}, {"РБК-Украина", "RBC-Ukraine"}, {"РБК", "RBC"},
		{"Интерфакс-Украина", "Interfax-Ukraine"}, {"Минск-Новости", "Минск-Новости"}, {"ekathimerini.com", "Kathimerini"},
	}
	for _, tt := range tests {
		if got := o.normalize(tt.in); got != tt.want {
			t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestClassify: line kinds, one row per cue.
func TestClassify(t *testing.T) {
	tests := []struct {
		line string
		want lineKind
	}{
		{"Other news", kCue}, {"Последние новости", kCue}, {"Последние новостиРумыния и США", kCue},
		{"Читайте также:", kCue}, {"Новости партнеров", kCue}, {"Politics", kSection}, {"Политика", kSection},
		{"Leave a review", kPromo}, {"Подписывайтесь на наш Telegram-канал", kPromo},
		{"Follow us on Twitter @AzerNewsAz", kPromo}, {"Thank you!", kPromo},
		{"Фото: пресс-служба", kCaption}, {"На снимке: министры", kCaption},
		{"The officials met in Tbilisi. Photo: Government Administration", kCaption},
		{"• Clock-gray 19:45", kUI}, {"1533", kUI}, {"Share Tweet Print", kUI},
		{"-", kSep}, {"—", kSep}, {"***", kSep},
		{"![alt](/images/a.jpg)", kImage},
		{"By Vugar Khalilov", kByline}, {"Автор: Иван Петров", kByline},
		{"By Monday, the ministry will publish the plan.", kText},
		{"The ministers discussed the plan to subscribe to the new treaty on the arms trade and its protocols in detail at length and other issues in the long talks of the day.", kText},
		{"Azerbaijan and Turkey signed an agreement", kText},
		// Social blurbs naming the outlet by a verb or a quoted name.
		{"Читайте «СБ. Беларусь сегодня» в Telegram", kPromo}, {"«СБ. Беларусь сегодня» в Telegram, ВКонтакте и Одноклассниках", kPromo},
		{"Подписывайтесь на РБК в Telegram", kPromo}, {"Read Kathimerini on Facebook", kPromo},
		{"Об этом министр написал в Telegram.", kText}, {"The minister wrote on X on Monday that talks went well.", kText},
	}
	for _, tt := range tests {
		if got, _ := classifyStamp(tt.line); got != tt.want {
			t.Errorf("classify(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
