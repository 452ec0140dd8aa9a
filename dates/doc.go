// Package dates parses the date forms of news pages in English and Russian:
// publication stamps ("Baku/15.06.21/Turan", "29.09.2017 [00:04]",
// "5 октября 2021 года", "MINSK, December 19. /TASS/"), and dates inside
// running text, including relative ones ("today", "on Tuesday",
// «в среду, 21 июля») resolved against a reference date, and ranges
// ("05–08 October 2021"). Dates keep their precision: day, month or year.
package dates
