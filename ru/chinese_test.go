package ru

import "testing"

func TestChineseName(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{[]string{"Цзян", "Цзэминь"}, "Jiang Zemin"},
		{[]string{"Си", "Цзиньпин"}, "Xi Jinping"},
		{[]string{"Ли", "Цян"}, "Li Qiang"},
		{[]string{"Чэнь", "Биндэ"}, "Chen Bingde"},
		{[]string{"Ван", "И"}, "Wang Yi"},
		{[]string{"Вэй", "Фэнхэ"}, "Wei Fenghe"},
		{[]string{"Ху", "Цзиньтао"}, "Hu Jintao"},
		{[]string{"Чжоу", "Эньлай"}, "Zhou Enlai"},
		{[]string{"Лю", "Хэ"}, "Liu He"},
		{[]string{"Сюй", "Цилян"}, "Xu Qiliang"},
		{[]string{"Цзян"}, "Jiang"},
	} {
		got, ok := ChineseName(c.in)
		if !ok || got != c.want {
			t.Errorf("ChineseName(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	// near misses: Russian, Kazakh, Korean names stay untouched
	for _, in := range [][]string{
		{"Иван", "Ли"}, {"Алина", "Ван"}, {"Ли", "Мён", "Бак"}, {"Мун", "Чжэ", "Ин"},
		{"Сергей", "Шойгу"}, {"Ли", "Алина"}, {"Касым", "Токаев"}, {"Ян", "Кубиш"},
		{"Дина"}, {"Лиана", "Бин"}, {"Ма", "Ринат"},
	} {
		if got, ok := ChineseName(in); ok {
			t.Errorf("ChineseName(%q) = %q, want not Chinese", in, got)
		}
	}
}

func TestPersonName(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{[]string{"Джаред", "Кушнер"}, "Jared Kushner"},
		{[]string{"Джейхун", "Байрамов"}, "Dzheikhun Bairamov"}, // Russian-type surname: dzh kept
		{[]string{"Джохар", "Дудаев"}, "Dzhokhar Dudayev"},
		{[]string{"Сергей", "Лавров"}, "Sergei Lavrov"},
		{[]string{"Джордж"}, "Dzhordzh"}, // one word: not enough to tell
		{[]string{"Фахд", "бин", "Махмуд", "Аль", "Саид"}, "Fahd bin Mahmoud Al Said"},
		{[]string{"Наваф", "аль-Ахмед", "ас-Сабах"}, "Nawaf al-Ahmed al-Sabah"},
		{[]string{"Хамдан", "бин", "Зайед"}, "Hamdan bin Zayed"},
		{[]string{"Бин", "Хасанов"}, "Bin Khasanov"}, // no particle inside: not Arabic
	} {
		if got := PersonName(c.in); got != c.want {
			t.Errorf("PersonName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
