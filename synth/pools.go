package synth

// name is a word in English and in Russian (nominative; the generator does
// not decline).
type name struct{ en, ru string }

var firstNames = []name{
	{"Ilham", "Ильхам"}, {"Recep", "Реджеп"}, {"Vladimir", "Владимир"}, {"Nikol", "Никол"},
	{"Kassym", "Касым"}, {"Shavkat", "Шавкат"}, {"Sergei", "Сергей"}, {"Mevlut", "Мевлют"},
	{"Jeyhun", "Джейхун"}, {"Ararat", "Арарат"}, {"Hakan", "Хакан"}, {"Zakir", "Закир"},
	{"Irakli", "Ираклий"}, {"Maia", "Майя"}, {"Olena", "Елена"}, {"Dmytro", "Дмитрий"},
	{"Emomali", "Эмомали"}, {"Sadyr", "Садыр"}, {"Alexander", "Александр"}, {"Mikhail", "Михаил"},
	{"Bakhtiyor", "Бахтиёр"}, {"Murat", "Мурат"}, {"Elmar", "Эльмар"}, {"Tigran", "Тигран"},
	{"Yasar", "Яшар"}, {"Ali", "Али"}, {"Hasan", "Хасан"}, {"Anna", "Анна"},
	{"Marat", "Марат"}, {"Rustam", "Рустам"}, {"Kamala", "Камала"}, {"Gulnara", "Гульнара"},
}

var lastNames = []name{
	{"Aliyev", "Алиев"}, {"Mammadov", "Мамедов"}, {"Hasanov", "Гасанов"}, {"Bayramov", "Байрамов"},
	{"Pashinyan", "Пашинян"}, {"Mirzoyan", "Мирзоян"}, {"Papikyan", "Папикян"}, {"Karimov", "Каримов"},
	{"Tokayev", "Токаев"}, {"Nurlanov", "Нурланов"}, {"Mirziyoyev", "Мирзиёев"}, {"Saidov", "Саидов"},
	{"Petrov", "Петров"}, {"Ivanov", "Иванов"}, {"Sokolov", "Соколов"}, {"Volkov", "Волков"},
	{"Yilmaz", "Йылмаз"}, {"Demir", "Демир"}, {"Kaya", "Кая"}, {"Celik", "Челик"},
	{"Gharibashvili", "Гарибашвили"}, {"Darchiashvili", "Дарчиашвили"}, {"Kovalenko", "Коваленко"},
	{"Shevchenko", "Шевченко"}, {"Rahmon", "Рахмон"}, {"Japarov", "Жапаров"}, {"Lukin", "Лукин"},
	{"Orlov", "Орлов"}, {"Guliyev", "Гулиев"}, {"Abdullayev", "Абдуллаев"}, {"Sadykov", "Садыков"},
	{"Ismayilov", "Исмаилов"}, {"Khalilov", "Халилов"}, {"Novikov", "Новиков"}, {"Zakharov", "Захаров"},
}

type state struct {
	en, ru, iso2, adjEN, capitalEN, capitalRU string
}

var states = []state{
	{"Azerbaijan", "Азербайджан", "AZ", "Azerbaijani", "Baku", "Баку"},
	{"Turkey", "Турция", "TR", "Turkish", "Ankara", "Анкара"},
	{"Russia", "Россия", "RU", "Russian", "Moscow", "Москва"},
	{"Armenia", "Армения", "AM", "Armenian", "Yerevan", "Ереван"},
	{"Georgia", "Грузия", "GE", "Georgian", "Tbilisi", "Тбилиси"},
	{"Kazakhstan", "Казахстан", "KZ", "Kazakh", "Astana", "Астана"},
	{"Uzbekistan", "Узбекистан", "UZ", "Uzbek", "Tashkent", "Ташкент"},
	{"Kyrgyzstan", "Киргизия", "KG", "Kyrgyz", "Bishkek", "Бишкек"},
	{"Tajikistan", "Таджикистан", "TJ", "Tajik", "Dushanbe", "Душанбе"},
	{"Turkmenistan", "Туркмения", "TM", "Turkmen", "Ashgabat", "Ашхабад"},
	{"Belarus", "Белоруссия", "BY", "Belarusian", "Minsk", "Минск"},
	{"Ukraine", "Украина", "UA", "Ukrainian", "Kyiv", "Киев"},
	{"Iran", "Иран", "IR", "Iranian", "Tehran", "Тегеран"},
	{"Pakistan", "Пакистан", "PK", "Pakistani", "Islamabad", "Исламабад"},
	{"China", "Китай", "CN", "Chinese", "Beijing", "Пекин"},
	{"India", "Индия", "IN", "Indian", "New Delhi", "Нью-Дели"},
	{"Japan", "Япония", "JP", "Japanese", "Tokyo", "Токио"},
	{"France", "Франция", "FR", "French", "Paris", "Париж"},
	{"Germany", "Германия", "DE", "German", "Berlin", "Берлин"},
	{"Israel", "Израиль", "IL", "Israeli", "Jerusalem", "Иерусалим"},
	{"Hungary", "Венгрия", "HU", "Hungarian", "Budapest", "Будапешт"},
	{"Serbia", "Сербия", "RS", "Serbian", "Belgrade", "Белград"},
	{"Qatar", "Катар", "QA", "Qatari", "Doha", "Доха"},
	{"Egypt", "Египет", "EG", "Egyptian", "Cairo", "Каир"},
}

var roles = []name{
	{"President", "президент"}, {"Prime Minister", "премьер-министр"},
	{"Minister of Foreign Affairs", "министр иностранных дел"}, {"Minister of Defence", "министр обороны"},
	{"Ambassador", "посол"}, {"Chief of the General Staff", "начальник Генштаба"},
}

var treatyKinds = []name{
	{"Declaration", "декларация"}, {"Memorandum of Understanding", "меморандум о взаимопонимании"},
	{"Agreement", "соглашение"}, {"Treaty", "договор"}, {"Joint Statement", "совместное заявление"},
}

var topics = []name{
	{"Allied Relations", "о союзнических отношениях"}, {"Strategic Partnership", "о стратегическом партнерстве"},
	{"Military Cooperation", "о военном сотрудничестве"}, {"Energy Security", "об энергетической безопасности"},
	{"Transport Corridors", "о транспортных коридорах"}, {"Border Delimitation", "о делимитации границы"},
	{"Mutual Assistance", "о взаимной помощи"}, {"Trade and Investment", "о торговле и инвестициях"},
}

var exerciseNames = []name{
	{"Indestructible Brotherhood", "Нерушимое братство"}, {"Caucasus Shield", "Кавказский щит"},
	{"Steppe Eagle", "Степной орел"}, {"Peace Mission", "Мирная миссия"}, {"Eternal Friendship", "Вечная дружба"},
	{"Southern Storm", "Южный шторм"}, {"Mountain Guard", "Горный страж"}, {"Caspian Wave", "Каспийская волна"},
}

var sources = []name{
	{"Turan", "Туран"}, {"APA", "АПА"}, {"Trend", "Тренд"}, {"Report", "Report"}, {"TASS", "ТАСС"},
	{"Interfax", "Интерфакс"}, {"Anadolu", "Анадолу"}, {"Armenpress", "Арменпресс"}, {"Kazinform", "Казинформ"},
	{"Kun.uz", "Kun.uz"}, {"Sputnik", "Спутник"}, {"RIA Novosti", "РИА Новости"},
}

var monthsEN = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
var monthsRU = []string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"}

var fillerEN = []string{
	"Analysts said the talks reflected a broader shift in the region's security arrangements.",
	"The sides also discussed energy projects, trade and the situation on the border.",
	"Officials did not disclose further details of the closed-door meeting.",
	"Both delegations expressed satisfaction with the results of the negotiations.",
	"Observers noted that the visit took place amid growing economic ties between the countries.",
	"The agenda included transport links, investment and humanitarian issues.",
	"Experts believe the agreements will strengthen regional stability.",
	"The parties agreed to hold the next round of consultations later this year.",
}

var fillerRU = []string{
	"Аналитики отмечают, что переговоры отражают изменения в системе безопасности региона.",
	"Стороны также обсудили энергетические проекты, торговлю и ситуацию на границе.",
	"Подробности закрытой встречи не раскрываются.",
	"Обе делегации выразили удовлетворение итогами переговоров.",
	"Наблюдатели указывают, что визит прошел на фоне роста экономических связей между странами.",
	"В повестке дня были транспортное сообщение, инвестиции и гуманитарные вопросы.",
	"Эксперты считают, что договоренности укрепят региональную стабильность.",
	"Стороны договорились провести следующий раунд консультаций до конца года.",
}

var sidebarEN = []string{"Politics", "Follow us on Telegram", "Most read", "Leave a review", "Subscribe to our newsletter"}
var sidebarRU = []string{"Политика", "Подписывайтесь на наш Telegram", "Самое читаемое", "Оставить отзыв", "Подписаться на рассылку"}
