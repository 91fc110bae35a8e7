package org.samadhan.complaint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hi.HindiNormalizationFilter;
import org.apache.lucene.analysis.hi.HindiStemFilter;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words a complaint is found by: its complainant's name, description and incident address
 * reduced to search terms, and a person's query reduced the same way, so that "बकरियाँ" finds
 * "बकरी" and "goats" finds "goat". Hindi words go through Lucene's Hindi chain (Indic and Hindi
 * normalisation, the Hindi stop words, the light stemmer of Ramanathan and Rao), English words
 * through the possessive filter, the English stop words and Porter's stemmer. Each filter changes
 * only letters of its own script (Porter leaves Devanagari alone), so one chain serves text that
 * mixes the two. The terms are computed once, when the complaint is registered, and stored beside
 * it ({@code complaint_search_terms}): a search compares terms, never runs the analyser over
 * stored text.
 *
 * <p>Changing this chain changes the terms: existing complaints keep the old ones until their
 * rows in {@code complaint_search_terms} are deleted, which the start-up backfill then writes again.
 *
 * <p>The scrutiny module reads a description's terms ({@link #ofText(String)}) to tell how much two
 * complaints' texts share beyond the words every complaint uses.
 */
public final class SearchTerms {

	/** The longest terms text kept (the column holds 10,000); a longer text keeps its first terms. */
	static final int MAX_LENGTH = 9_000;

	private static final CharArraySet STOP_WORDS;

	static {
		CharArraySet stop = new CharArraySet(HindiAnalyzer.getDefaultStopSet(), false);
		stop.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
		STOP_WORDS = CharArraySet.unmodifiableSet(stop);
	}

	/** Thread-safe: Lucene keeps one token stream per thread. */
	private static final Analyzer ANALYZER = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String field) {
			Tokenizer source = new StandardTokenizer();
			TokenStream terms = new EnglishPossessiveFilter(source);
			terms = new LowerCaseFilter(terms);
			terms = new DecimalDigitFilter(terms);
			terms = new IndicNormalizationFilter(terms);
			terms = new HindiNormalizationFilter(terms);
			terms = new StopFilter(terms, STOP_WORDS);
			terms = new HindiStemFilter(terms);
			terms = new PorterStemFilter(terms);
			return new TokenStreamComponents(source, terms);
		}
	};

	private SearchTerms() {
	}

	/** The terms a complaint is found by: of its complainant's name, description and incident address. */
	static String ofComplaint(String complainantName, String description, String incidentAddress) {
		return of(complainantName, description, incidentAddress);
	}

	/**
	 * The terms of texts, each once, in the order they first appear, separated by
	 * single spaces and with a space at both ends: {@code " रमेश कुमार बकर चोर "}. The spaces let a
	 * plain {@code LIKE '% term %'} match whole terms where there is no full-text search (H2).
	 */
	static String of(String... texts) {
		Set<String> terms = new LinkedHashSet<>();
		for (String text : texts) {
			terms.addAll(analyse(text));
		}
		StringBuilder joined = new StringBuilder(" ");
		for (String term : terms) {
			if (joined.length() + term.length() + 1 > MAX_LENGTH) {
				break;
			}
			joined.append(term).append(' ');
		}
		return joined.toString();
	}

	/** A person's query as terms, each once: all of them must match. Empty when only stop words were typed. */
	static List<String> ofQuery(String typed) {
		return ofText(typed);
	}

	/** The terms of one text, each once, in the order they first appear; empty for stop words alone. */
	public static List<String> ofText(String text) {
		return List.copyOf(new LinkedHashSet<>(analyse(text)));
	}

	private static List<String> analyse(String text) {
		List<String> terms = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return terms;
		}
		try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("reading a string cannot fail", ex);
		}
		return terms;
	}
}
