package org.samadhan.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * How often a report copied from another complaint, with the names, villages and dates changed, is
 * caught as TEXT_NEARLY_IDENTICAL when 80–85 % of its words are the same (an outside probe caught
 * about half), and how often two genuinely different reports of the same kind are flagged. Issue 9
 * asks for the figures; the detector signs a report with the case's own names and every number
 * masked ({@link TextSignature#ofReport}), so a copy differs from its source only where the
 * officer actually wrote something new.
 */
class CopiedReportCatchRateTest {

	private static final double THRESHOLD = 0.8;

	private static final String[] NAMES = { "रमेश कुमार", "सुरेश पाल", "मोहम्मद इरफ़ान", "सीता देवी", "राजेंद्र सिंह",
			"गुड्डू", "शबनम बी", "अनिल यादव", "विनोद शर्मा", "रुखसाना", "हरिओम", "जगदीश प्रसाद", "नसीम अहमद", "कमला",
			"प्रेमपाल", "इकबाल", "मुन्नी देवी", "दिनेश चंद्र", "आसिफ़ अली", "रामवती" };

	private static final String[] VILLAGES = { "पटवाई", "मिलक खानम", "धनेली", "शाहबाद", "केमरी", "बिलासपुर गेट",
			"नगलिया", "सैदनगर", "टांडा", "मसवासी", "कूप", "चमरौआ" };

	private static final String[] MONTHS = { "जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त",
			"सितंबर", "अक्टूबर", "नवंबर", "दिसंबर" };

	/** Sentences an IO writes, each with slots: {C} complainant, {F} father, {O} opposite party, {V} village, {D} a date. */
	private static final String[][] SENTENCES = {
			{ "दिनांक {D} को शिकायतकर्ता {C} पुत्र {F} निवासी ग्राम {V} से दूरभाष पर संपर्क किया गया।",
					"शिकायतकर्ता {C} निवासी {V} से दिनांक {D} को मोबाइल पर बात की गई।",
					"दिनांक {D} को प्रार्थी {C} के घर ग्राम {V} जाकर उनसे भेंट की गई।" },
			{ "मौके पर जाकर स्थलीय निरीक्षण किया गया तथा आसपास के लोगों से पूछताछ की गई।",
					"घटनास्थल का निरीक्षण किया गया, फोटो लिए गए और पड़ोसियों के बयान अंकित किए गए।",
					"स्थल पर पहुँचकर देखा गया कि खेत की मेड़ आंशिक रूप से टूटी हुई है।" },
			{ "विपक्षी {O} पुत्र {F} से पूछताछ करने पर उन्होंने आरोपों से इनकार किया।",
					"विपक्षी {O} को थाने बुलाकर पूछताछ की गई, उन्होंने अपनी गलती स्वीकार की।",
					"विपक्षी {O} ग्राम {V} में उपस्थित नहीं मिले, उनके परिजनों को सूचना दी गई।" },
			{ "दोनों पक्षों के बीच पुरानी रंजिश के कारण आपसी विवाद होना पाया गया।",
					"जाँच से स्पष्ट हुआ कि विवाद भूमि की पैमाइश को लेकर है जो राजस्व विभाग का विषय है।",
					"जाँच में शिकायतकर्ता के आरोप आंशिक रूप से सही पाए गए।" },
			{ "दिनांक {D} को दोनों पक्षों को थाने पर बुलाकर समझाया गया और आपसी सहमति से समझौता कराया गया।",
					"विपक्षी के विरुद्ध धारा 126/135 बीएनएसएस के अंतर्गत निरोधात्मक कार्यवाही की गई।",
					"दिनांक {D} को मुकदमा पंजीकृत कर विवेचना प्रारंभ की गई।" },
			{ "शिकायतकर्ता कार्यवाही से संतुष्ट है, अतः प्रकरण निस्तारित किए जाने योग्य है।",
					"प्रार्थी को अवगत करा दिया गया है, आख्या सादर सेवा में प्रेषित है।",
					"अतः शिकायत निस्तारित कर आख्या अवलोकनार्थ प्रस्तुत है।" } };

	record Case(String complainant, String father, String opposite, String village, List<String> dates) {

		List<String> names() {
			return List.of(complainant, father, opposite, village);
		}
	}

	@Test
	void measuresTheCatchRateOfCopiesAndTheFalseFlagsOfDifferentReports() {
		Random random = new Random(2026);
		int copies = 0;
		int caughtPlain = 0;
		int caughtMasked = 0;
		int attempts = 0;
		while (copies < 500 && attempts++ < 200_000) {
			int[] choice = choices(random);
			Case source = randomCase(random);
			Case copy = randomCase(random);
			String original = write(choice, source);
			String copied = write(choice, copy);
			if (random.nextBoolean()) {
				copied = copied + " " + SENTENCES[5][random.nextInt(3)];
			}
			double overlap = wordOverlap(original, copied);
			if (overlap < 0.80 || overlap > 0.85) {
				continue;
			}
			copies++;
			if (TextSignature.of(original).similarity(TextSignature.of(copied)) >= THRESHOLD) {
				caughtPlain++;
			}
			if (TextSignature.ofReport(original, source.names()).similarity(TextSignature.ofReport(copied,
					copy.names())) >= THRESHOLD) {
				caughtMasked++;
			}
		}
		int pairs = 0;
		int flaggedPlain = 0;
		int flaggedMasked = 0;
		for (int i = 0; i < 2000; i++) {
			int[] one = choices(random);
			int[] other = choices(random);
			if (Arrays.equals(one, other)) {
				continue; // the same six sentences are a copy, not a different report
			}
			Case a = randomCase(random);
			Case b = randomCase(random);
			pairs++;
			if (TextSignature.of(write(one, a)).similarity(TextSignature.of(write(other, b))) >= THRESHOLD) {
				flaggedPlain++;
			}
			if (TextSignature.ofReport(write(one, a), a.names())
				.similarity(TextSignature.ofReport(write(other, b), b.names())) >= THRESHOLD) {
				flaggedMasked++;
			}
		}
		System.out.printf("Copies at 80-85 %% word overlap: %d; caught plain %.1f %%, with names and numbers masked %.1f %%%n",
				copies, 100.0 * caughtPlain / copies, 100.0 * caughtMasked / copies);
		System.out.printf("Different reports of one kind: %d pairs; flagged plain %.1f %%, masked %.1f %%%n", pairs,
				100.0 * flaggedPlain / pairs, 100.0 * flaggedMasked / pairs);
		assertThat(copies).isGreaterThanOrEqualTo(500);
		assertThat(caughtMasked / (double) copies).as("copies caught").isGreaterThanOrEqualTo(0.95);
		assertThat(flaggedMasked / (double) pairs).as("different reports flagged").isLessThanOrEqualTo(0.02);
	}

	private static int[] choices(Random random) {
		int[] choice = new int[SENTENCES.length];
		for (int i = 0; i < choice.length; i++) {
			choice[i] = random.nextInt(SENTENCES[i].length);
		}
		return choice;
	}

	private static Case randomCase(Random random) {
		List<String> dates = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			int day = 1 + random.nextInt(28);
			int month = 1 + random.nextInt(12);
			dates.add(random.nextBoolean() ? String.format("%02d.%02d.2026", day, month)
					: day + " " + MONTHS[month - 1] + " 2026");
		}
		return new Case(NAMES[random.nextInt(NAMES.length)], NAMES[random.nextInt(NAMES.length)],
				NAMES[random.nextInt(NAMES.length)], VILLAGES[random.nextInt(VILLAGES.length)], dates);
	}

	private static String write(int[] choice, Case c) {
		StringBuilder text = new StringBuilder();
		int date = 0;
		for (int i = 0; i < choice.length; i++) {
			String sentence = SENTENCES[i][choice[i]].replace("{C}", c.complainant())
				.replace("{F}", c.father())
				.replace("{O}", c.opposite())
				.replace("{V}", c.village());
			while (sentence.contains("{D}")) {
				sentence = sentence.replaceFirst("\\{D\\}", c.dates().get(date++ % c.dates().size()));
			}
			text.append(sentence).append(' ');
		}
		return text.toString().strip();
	}

	/** The share of the copy's words (as a multiset, in order) that the original has: 1 − word edits / length. */
	static double wordOverlap(String a, String b) {
		String[] x = TextSignature.normalise(a).split(" ");
		String[] y = TextSignature.normalise(b).split(" ");
		int[][] d = new int[x.length + 1][y.length + 1];
		for (int i = 0; i <= x.length; i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= y.length; j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= x.length; i++) {
			for (int j = 1; j <= y.length; j++) {
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
						d[i - 1][j - 1] + (x[i - 1].equals(y[j - 1]) ? 0 : 1));
			}
		}
		return 1 - d[x.length][y.length] / (double) Math.max(x.length, y.length);
	}

	@Test
	void wordOverlapCountsChangedWords() {
		assertThat(wordOverlap("एक दो तीन चार", "एक दो तीन चार")).isEqualTo(1.0);
		assertThat(wordOverlap("एक दो तीन चार", "एक दो पाँच चार")).isEqualTo(0.75);
	}
}
