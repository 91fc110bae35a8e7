package org.samadhan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

	@Test
	void hindiInflectionsOfAWordBecomeOneTerm() {
		assertThat(SearchTerms.ofQuery("बकरी")).isEqualTo(SearchTerms.ofQuery("बकरियाँ"))
			.isEqualTo(SearchTerms.ofQuery("बकरियों"));
		assertThat(SearchTerms.ofQuery("लड़की")).isEqualTo(SearchTerms.ofQuery("लड़कियों"));
		assertThat(SearchTerms.ofQuery("ज़मीन")).as("nukta or not").isEqualTo(SearchTerms.ofQuery("जमीन"));
	}

	@Test
	void englishWordsAreStemmedAndLowerCased() {
		assertThat(SearchTerms.ofQuery("Goats")).isEqualTo(SearchTerms.ofQuery("goat"));
		assertThat(SearchTerms.ofQuery("Irfan's")).isEqualTo(SearchTerms.ofQuery("irfan"));
	}

	@Test
	void commonWordsOfEitherLanguageAreDropped() {
		assertThat(SearchTerms.ofQuery("मेरी बकरी की चोरी हो गई और the goat")).hasSize(5);
		assertThat(SearchTerms.ofQuery("का और the of")).isEmpty();
	}

	@Test
	void aComplaintsTermsAreEachOnceBetweenSpaces() {
		String terms = SearchTerms.ofComplaint("रमेश कुमार", "बकरी चोरी, बकरियाँ चोरी", "ग्राम पटवाई");
		assertThat(terms).startsWith(" ").endsWith(" ").doesNotContain("  ");
		List<String> each = List.of(terms.strip().split(" "));
		assertThat(each).doesNotHaveDuplicates()
			.containsAll(SearchTerms.ofQuery("बकरियाँ"))
			.containsAll(SearchTerms.ofQuery("रमेश पटवाई"));
	}

	@Test
	void aVeryLongTextKeepsItsFirstTermsWithinTheLimit() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 5000; i++) {
			text.append("word").append(i).append(' ');
		}
		String terms = SearchTerms.ofComplaint("x", text.toString(), "y");
		assertThat(terms.length()).isLessThanOrEqualTo(SearchTerms.MAX_LENGTH);
		assertThat(terms).contains(" word0 ").endsWith(" ");
	}
}
