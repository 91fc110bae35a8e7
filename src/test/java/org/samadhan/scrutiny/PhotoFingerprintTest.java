package org.samadhan.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samadhan.support.SitePhotos;

/**
 * The perceptual hash measured: the same photo recycled (re-encoded, resized, cropped) stays within
 * the threshold, 200 different photos of the same kind of scene, and photos of one place from
 * another standpoint, stay outside it. Prints the distances it saw, which is how the threshold was
 * chosen.
 */
class PhotoFingerprintTest {

	static final int PHOTOS = 200;

	static final int THRESHOLD = Integer.parseInt(ScrutinySettings.PHOTO_DISTANCE);

	static final List<byte[]> originals = new ArrayList<>();

	static final List<PhotoFingerprint> prints = new ArrayList<>();

	@BeforeAll
	static void photograph() {
		for (int i = 0; i < PHOTOS; i++) {
			byte[] photo = SitePhotos.photo(1000 + i);
			originals.add(photo);
			prints.add(PhotoFingerprint.of(photo));
		}
	}

	@Test
	void everyPhotoOfASceneGetsAHashAndFiveCrops() {
		assertThat(prints).allSatisfy(p -> {
			assertThat(p.phash()).isNotNull();
			assertThat(p.crops()).hasSize(5);
			assertThat(p.fine()).hasSize(12);
		});
	}

	@Test
	void theSamePhotoRecycledStaysWithinTheThreshold() {
		List<UnaryOperator<byte[]>> recyclings = List.of(p -> SitePhotos.reencoded(p, 0.5f),
				p -> SitePhotos.reencoded(p, 0.3f), p -> SitePhotos.resized(p, 0.5), p -> SitePhotos.resized(p, 0.25),
				p -> SitePhotos.cropped(p, 0.05, 0.05, 0.05, 0.05), p -> SitePhotos.cropped(p, 0.05, 0, 0, 0),
				p -> SitePhotos.cropped(p, 0, 0, 0, 0.05), p -> SitePhotos.cropped(p, 0, 0, 0.05, 0),
				p -> SitePhotos.reencoded(SitePhotos.resized(SitePhotos.cropped(p, 0.05, 0.05, 0.05, 0.05), 0.5), 0.5f));
		int[] worst = new int[recyclings.size()];
		int missed = 0;
		for (int i = 0; i < 50; i++) {
			for (int k = 0; k < recyclings.size(); k++) {
				PhotoFingerprint recycled = PhotoFingerprint.of(recyclings.get(k).apply(originals.get(i)));
				// whichever was filed first
				int d = Math.max(bits(prints.get(i).distanceTo(recycled)), bits(recycled.distanceTo(prints.get(i))));
				worst[k] = Math.max(worst[k], d);
				missed += d > THRESHOLD ? 1 : 0;
			}
		}
		System.out.println("recycled photo, worst distance per kind (q0.5, q0.3, 1/2, 1/4, crop 5% all edges, "
				+ "5% left, 5% bottom, 5% right, crop+resize+q0.5): " + java.util.Arrays.toString(worst));
		assertThat(missed).isZero();
	}

	@Test
	void differentPhotosOfTheSameKindOfSceneStayOutsideTheThreshold() {
		int[] histogram = new int[65];
		int within = 0;
		for (int i = 0; i < PHOTOS; i++) {
			for (int j = i + 1; j < PHOTOS; j++) {
				int d = bits(prints.get(i).distanceTo(prints.get(j)));
				histogram[d]++;
				within += d <= THRESHOLD ? 1 : 0;
			}
		}
		System.out.printf(Locale.ROOT, "200 different photos, %d pairs: nearest %d bits; within %d: %d pairs%n",
				PHOTOS * (PHOTOS - 1) / 2, nearest(histogram), THRESHOLD, within);
		assertThat(within).isZero();
	}

	@Test
	void anotherPhotoOfTheSamePlaceFromAStepAsideStaysOutsideTheThreshold() {
		int within = 0;
		int nearest = 64;
		for (int place = 0; place < 40; place++) {
			for (int shot = 1; shot <= 4; shot++) {
				byte[] again = SitePhotos.shot(1000 + place, 0.05 + 0.05 * shot, 1.0 - 0.05 * shot, 5000 + place * 10 + shot);
				int d = bits(prints.get(place).distanceTo(PhotoFingerprint.of(again)));
				nearest = Math.min(nearest, d);
				within += d <= THRESHOLD ? 1 : 0;
			}
		}
		System.out.printf(Locale.ROOT, "the same place from 10-25 %% aside, 160 photos: nearest %d bits; within %d: %d%n",
				nearest, THRESHOLD, within);
		assertThat(within).isLessThanOrEqualTo(3); // 2 % of 160
	}

	@Test
	void aPictureWithTheLensCoveredGetsNoHash() {
		assertThat(PhotoFingerprint.of(SitePhotos.plain(1)).phash()).isNull();
		assertThat(PhotoFingerprint.of(SitePhotos.plain(2)).phash()).isNull();
	}

	@Test
	void bytesThatAreNoImageGetNoHash() {
		assertThat(PhotoFingerprint.of(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9 }).phash())
			.isNull();
		assertThat(PhotoFingerprint.of("not an image".getBytes()).phash()).isNull();
	}

	@Test
	void aPortraitPhotoTurnedUprightByAnAppKeepsItsHash() {
		double[][] cells = new double[32][32];
		java.util.Random r = new java.util.Random(3);
		for (double[] row : cells) {
			for (int x = 0; x < row.length; x++) {
				row[x] = r.nextInt(256);
			}
		}
		// stored turned left with orientation 6; the app turned the pixels right and dropped the tag
		double[][] storedSideways = new double[32][32];
		for (int y = 0; y < 32; y++) {
			for (int x = 0; x < 32; x++) {
				storedSideways[31 - x][y] = cells[y][x];
			}
		}
		assertThat(PhotoFingerprint.hash(PhotoFingerprint.upright(storedSideways, 6))).isEqualTo(PhotoFingerprint.hash(cells));
		assertThat(PhotoFingerprint.hash(storedSideways)).isNotEqualTo(PhotoFingerprint.hash(cells));
	}

	@Test
	void theBandLookupFindsEveryHashWithinItsSureReach() {
		java.util.Random random = new java.util.Random(7);
		for (int trial = 0; trial < 20_000; trial++) {
			long hash = random.nextLong();
			long other = hash;
			int flips = 1 + random.nextInt(PhotoFingerprint.SURE_REACH);
			while (Long.bitCount(hash ^ other) < flips) {
				other ^= 1L << random.nextInt(64);
			}
			java.util.Set<Long> probed = PhotoFingerprint.probeKeys(hash);
			long[] stored = PhotoFingerprint.bandKeys(other);
			assertThat(java.util.Arrays.stream(stored).anyMatch(probed::contains))
				.as("%016x against %016x (%d bits)", hash, other, flips)
				.isTrue();
		}
		// the bands cover every bit once: a hash one bit away differs in exactly one band key
		long hash = random.nextLong();
		for (int bit = 0; bit < 64; bit++) {
			long[] a = PhotoFingerprint.bandKeys(hash);
			long[] b = PhotoFingerprint.bandKeys(hash ^ (1L << bit));
			int differing = 0;
			for (int band = 0; band < a.length; band++) {
				differing += a[band] == b[band] ? 0 : 1;
			}
			assertThat(differing).as("bit %d", bit).isEqualTo(1);
		}
		assertThat(THRESHOLD).isLessThanOrEqualTo(PhotoFingerprint.SURE_REACH);
	}

	/** A distance, or 64 where no pairing's fine hashes agree. */
	private static int bits(Integer distance) {
		return distance == null ? 64 : distance;
	}

	private static int nearest(int[] histogram) {
		for (int d = 0; d < histogram.length; d++) {
			if (histogram[d] > 0) {
				return d;
			}
		}
		return 64;
	}
}
