package org.samadhan.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A secret, one-to-one shuffle of the eight-digit serials: a four-round Feistel network over two
 * four-digit halves, whose round function is an HMAC-SHA256 under the district's secret. Without
 * the secret, one complaint's number tells nothing of the next one's; with it, every sequence
 * value below 10^8 still gets its own serial.
 */
public final class SerialPermutation {

	private static final int HALF = 10_000;

	private static final long SERIALS = (long) HALF * HALF;

	private static final int ROUNDS = 4;

	private final SecretKeySpec key;

	public SerialPermutation(String secret) {
		if (secret == null || secret.length() < 16) {
			throw new IllegalArgumentException("the reference secret must have at least 16 characters");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/** The serial of the {@code sequence}-th complaint; refuses once the eight digits are used up. */
	public long serialOf(long sequence) {
		if (sequence < 0 || sequence >= SERIALS) {
			throw new IllegalStateException("reference serials are used up: sequence " + sequence);
		}
		int left = (int) (sequence / HALF);
		int right = (int) (sequence % HALF);
		for (int round = 0; round < ROUNDS; round++) {
			int next = (left + roundValue(round, right)) % HALF;
			left = right;
			right = next;
		}
		return (long) left * HALF + right;
	}

	private int roundValue(int round, int half) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			byte[] digest = mac.doFinal(ByteBuffer.allocate(8).putInt(round).putInt(half).array());
			return Integer.remainderUnsigned(ByteBuffer.wrap(digest).getInt(), HALF);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
