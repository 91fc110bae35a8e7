package org.samadhan.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TextSignatureTest {

	private static final String REPORT = "मौके पर जाँच की गई। शिकायतकर्ता व विपक्षी को थाने बुलाकर समझाया गया, दोनों पक्षों में "
			+ "समझौता हो गया है। मेड़ दोबारा बनवा दी गई है, अब कोई विवाद शेष नहीं है।";

	@Test
	void theSameTextTypedDifferentlyIsTheSameText() {
		assertThat(TextSignature.normalise("ज़मीन  पर, कब्ज़ा!! ५ दिन")).isEqualTo(TextSignature.normalise("जमीन पर कब्जा 5 दिन"));
		assertThat(TextSignature.normalise("Warning GIVEN.")).isEqualTo("warning given");
		assertThat(TextSignature.normalise("गाँव")).isEqualTo(TextSignature.normalise("गांव"));
		assertThat(TextSignature.of(REPORT).similarity(TextSignature.of(REPORT.replace("।", ".  ")))).isEqualTo(1.0);
	}

	@Test
	void aPastedReportWithANameChangedIsNearlyIdentical() {
		String pasted = REPORT.replace("मेड़", "दीवार");
		assertThat(TextSignature.of(REPORT).similarity(TextSignature.of(pasted))).isGreaterThan(0.8);
	}

	@Test
	void differentReportsAreNotAlike() {
		String other = "चोरी की घटना की जाँच में सीसीटीवी फुटेज देखी गई, अभियुक्त की पहचान कर मुकदमा दर्ज किया गया और "
				+ "बरामदगी के प्रयास जारी हैं।";
		assertThat(TextSignature.of(REPORT).similarity(TextSignature.of(other))).isLessThan(0.3);
	}

	@Test
	void theEstimateIsCloseToTheExactJaccardSimilarity() {
		String half = REPORT.substring(0, REPORT.length() / 2) + " बाकी बातें अलग हैं और यह हिस्सा पूरी तरह नया लिखा गया है ताकि "
				+ "आधा पाठ ही मेल खाए।";
		double exact = exact(REPORT, half);
		assertThat(TextSignature.of(REPORT).similarity(TextSignature.of(half))).isBetween(exact - 0.15, exact + 0.15);
	}

	@Test
	void nearlyIdenticalTextsShareABandAndSignaturesSurviveStorage() {
		TextSignature a = TextSignature.of(REPORT);
		TextSignature b = TextSignature.of(REPORT.replace("मेड़", "दीवार"));
		Set<Long> bands = new HashSet<>();
		Arrays.stream(a.bandKeys()).forEach(bands::add);
		assertThat(Arrays.stream(b.bandKeys()).anyMatch(bands::contains)).isTrue();
		assertThat(TextSignature.fromBytes(a.toBytes())).isEqualTo(a);
	}

	@Test
	void emptyTextResemblesNothing() {
		assertThat(TextSignature.of("  ।। ").isEmpty()).isTrue();
		assertThat(TextSignature.of("").similarity(TextSignature.of(""))).isZero();
	}

	@Test
	void addressesAreComparedExactly() {
		assertThat(TextSignature.exactSimilarity("ग्राम रेबड़ी कलां, रामपुर", "ग्राम रेबडी कलां रामपुर", 3)).isEqualTo(1.0);
		assertThat(TextSignature.exactSimilarity("ग्राम रेबड़ी कलां, रामपुर", "मोहल्ला घेर, बिलासपुर", 3)).isLessThan(0.3);
	}

	private static double exact(String a, String b) {
		Set<String> left = grams(TextSignature.normalise(a));
		Set<String> right = grams(TextSignature.normalise(b));
		Set<String> union = new HashSet<>(left);
		union.addAll(right);
		left.retainAll(right);
		return left.size() / (double) union.size();
	}

	private static Set<String> grams(String s) {
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + 5 <= s.length(); i++) {
			grams.add(s.substring(i, i + 5));
		}
		return grams;
	}
}
