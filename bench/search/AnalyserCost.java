package org.samadhan.complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The search analyser's cost per registration: the time {@link SearchTerms#ofComplaint} takes for
 * a complaint's name, description and incident address, which registration adds to its
 * transaction (plus one row insert). Texts are written as bench/search/texts.sql writes them (about
 * 30 words, Hindi with some English), and again at the longest description intake takes (4,000
 * characters). Single thread, after a warm-up; prints the mean and the 99th percentile.
 *
 * <pre>bench/search/analyser.sh</pre>
 *
 * With arguments, prints the terms of each instead (for writing bench/search/explain.sql).
 */
public final class AnalyserCost {

	private static final String[] THINGS = { "बकरी", "बकरियाँ", "भैंस", "भैंसें", "मोटरसाइकिल", "मोबाइल फोन", "सोने की चेन",
			"नकदी", "ट्यूबवेल का मोटर", "ई-रिक्शा", "गेहूं की बोरियाँ", "लैपटॉप" };

	private static final String[] WHO = { "पड़ोसी", "गाँव के दबंग", "ससुराल वाले", "प्रधान के लोग", "कुछ अज्ञात लोग" };

	private static final String[] VILLAGES = { "पटवाई", "धनेली खुर्द", "रेबड़ी कलां", "मिलक", "केमरी पुख्ता", "सैफनी" };

	private static final String[] NAMES = { "रमेश कुमार", "शबाना बानो", "इरफान खान", "सीता देवी", "ओमप्रकाश गंगवार" };

	public static void main(String[] args) {
		if (args.length > 0) {
			for (String typed : args) {
				System.out.println(typed + " -> " + SearchTerms.ofQuery(typed));
			}
			return;
		}
		Random random = new Random(20261204);
		List<String[]> usual = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			usual.add(complaint(random));
		}
		String longest = "मेरे खेत की मेड़ पड़ोसी ने तोड़ दी और मना करने पर गाली-गलौज की, जान से मारने की धमकी दी। ".repeat(60)
			.substring(0, 4000);
		List<String[]> long4000 = new ArrayList<>();
		long4000.add(new String[] { "रमेश कुमार", longest, "ग्राम पटवाई, रामपुर" });
		report("usual complaint (~30 words)", usual, 200_000);
		report("longest description (4,000 characters)", long4000, 20_000);
	}

	private static void report(String name, List<String[]> texts, int measured) {
		for (int i = 0; i < measured / 4; i++) {
			String[] t = texts.get(i % texts.size());
			SearchTerms.ofComplaint(t[0], t[1], t[2]);
		}
		long[] nanos = new long[measured];
		int terms = 0;
		for (int i = 0; i < measured; i++) {
			String[] t = texts.get(i % texts.size());
			long start = System.nanoTime();
			String result = SearchTerms.ofComplaint(t[0], t[1], t[2]);
			nanos[i] = System.nanoTime() - start;
			terms += result.isBlank() ? 0 : result.strip().split(" ").length;
		}
		java.util.Arrays.sort(nanos);
		double mean = java.util.Arrays.stream(nanos).average().orElse(0) / 1000;
		System.out.printf("%-42s mean %7.1f us  p50 %7.1f us  p99 %7.1f us  (%d terms on average, %d measured)%n", name,
				mean, nanos[measured / 2] / 1000.0, nanos[(int) (measured * 0.99)] / 1000.0, terms / measured, measured);
	}

	private static String[] complaint(Random random) {
		String village = pick(random, VILLAGES);
		String description = switch (random.nextInt(4)) {
			case 0 -> "मैं ग्राम " + village + " का निवासी हूँ। कल रात मेरी " + pick(random, THINGS)
					+ " चोरी हो गई। मैंने आसपास बहुत तलाश की पर कुछ पता नहीं चला। गाँव के लोगों ने " + random.nextInt(9)
					+ " लोगों को देखा था। कृपया रिपोर्ट दर्ज कर कार्यवाही करें।";
			case 1 -> "प्रार्थी ग्राम " + village + " का रहने वाला है। " + pick(random, WHO)
					+ " ने मेरी खेत की मेड़ तोड़ दी। मना करने पर उन्होंने जान से मारने की धमकी दी। मामला " + random.nextInt(9)
					+ " साल पुराना है। कृपया निष्पक्ष जांच कराएं।";
			case 2 -> "My motorcycle was stolen from my house in village " + village
					+ " last night. I have searched everywhere and told the neighbours. Please register my complaint.";
			default -> "परसों शाम " + pick(random, WHO) + " ने लाठी-डंडों से हमला किया। घटना ग्राम " + village
					+ " की है। मेरे परिवार के " + random.nextInt(9) + " लोगों को चोटें आईं। दोषियों के खिलाफ सख्त कार्यवाही की जाए।";
		};
		return new String[] { pick(random, NAMES), description, "ग्राम " + village + ", रामपुर" };
	}

	private static String pick(Random random, String[] words) {
		return words[random.nextInt(words.length)];
	}
}
