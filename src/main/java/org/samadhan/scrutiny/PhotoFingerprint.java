package org.samadhan.scrutiny;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;

/**
 * What a photo looks like, as 64 bits that stay nearly the same when the picture is re-encoded,
 * resized or cropped a little, and differ in about half their bits between different pictures: a
 * DCT perceptual hash (pHash). The picture is decoded with ImageIO (sub-sampled to about 256
 * pixels on its short side, so a 12-megapixel photo costs what a small one does), turned upright by
 * its EXIF orientation, reduced to luminance, averaged into 32 x 32 cells, transformed by a 2-D
 * DCT; the 8 x 8 lowest frequencies are compared with their median, one bit each. A picture so
 * plain that its low frequencies carry almost nothing (a lens cap, a blank wall at night) gets no
 * hash: any two such pictures would look alike. No library on Maven Central that this project may
 * take computes one, hence these few lines.
 *
 * <p>A DCT hash does not survive a crop: 5 % cut off one edge moves 10 to 18 of its bits, as many as
 * between two different scenes. So a photo also keeps the hashes of five crops of itself (5 % off
 * all edges, 5 % off each single edge): a photo cropped that way from another has its hash close to
 * one of the other's crops, whichever of the two was filed first.
 *
 * @param phash the 64 bits, or null when the bytes are not an image ImageIO reads (WEBP, a
 * truncated file) or the picture is too plain
 * <p>64 bits are enough to find candidates, not to decide: among 600 generated scenes of one kind
 * (sky, horizon, houses, a road) a few pairs of different pictures come within 6 bits once crops
 * are compared too. So each hash has a finer companion: the 11 x 11 lowest frequencies (121 bits,
 * {@code fine}, two longs per picture: the whole one first, then each crop's), and a pairing counts
 * only when its fine hashes are within {@link #FINE_DISTANCE} bits as well. Measured: the same
 * picture recycled 0 to 16 bits apart, different pictures 22 or more.
 *
 * @param crops the hashes of the {@link #CROPS}, empty when {@code phash} is null
 * @param fine the 121-bit hashes of the whole picture and of each crop, two longs each
 */
record PhotoFingerprint(Long phash, long[] crops, long[] fine) {

	static final PhotoFingerprint NONE = new PhotoFingerprint(null, new long[0], new long[0]);

	/** Bits (of 121) within which two fine hashes are the same picture. */
	static final int FINE_DISTANCE = 16;

	/** Low frequencies per side of the fine hash. */
	private static final int FINE = 11;

	/** The crops whose hashes are kept too: fractions off the left, top, right and bottom edges. */
	static final double[][] CROPS = { { 0.05, 0.05, 0.05, 0.05 }, { 0.05, 0, 0, 0 }, { 0, 0.05, 0, 0 },
			{ 0, 0, 0.05, 0 }, { 0, 0, 0, 0.05 } };

	/** Cells per side of the reduced picture. */
	private static final int SIDE = 32;

	/** Low frequencies kept per side: 8 x 8 = 64 bits. */
	private static final int KEPT = 8;

	/** Decode to at least this many pixels on the short side; more only costs time. */
	private static final int DECODED_SIDE = 256;

	/**
	 * Below this spread of the low-frequency coefficients (in grey levels, 0-255 scale) a picture is
	 * too plain to hash: its bits would be noise. Measured: a uniformly grey JPEG has about 0.3, the
	 * plainest generated scene of the test set about 40.
	 */
	private static final double PLAIN = 4.0;

	private static final double[][] COSINES = new double[FINE][SIDE];

	static {
		for (int u = 0; u < FINE; u++) {
			for (int x = 0; x < SIDE; x++) {
				COSINES[u][x] = Math.cos((2 * x + 1) * u * Math.PI / (2 * SIDE));
			}
		}
	}

	/** The number of bits in which two hashes differ. */
	static int distance(long a, long b) {
		return Long.bitCount(a ^ b);
	}

	/**
	 * How alike two photos look: the fewest bits between one's whole picture and the other's whole
	 * picture or crops (either way round), among the pairings whose fine hashes agree too; null when
	 * either has no hash or no pairing agrees.
	 */
	Integer distanceTo(PhotoFingerprint other) {
		if (phash == null || other.phash == null) {
			return null;
		}
		Integer nearest = null;
		for (int k = 0; k <= other.crops.length; k++) {
			nearest = nearer(nearest, pairing(0, other, k));
		}
		for (int k = 1; k <= crops.length; k++) {
			nearest = nearer(nearest, pairing(k, other, 0));
		}
		return nearest;
	}

	/** The whole pictures alone compared (as {@link #distanceTo}, without the crops). */
	Integer wholeDistanceTo(PhotoFingerprint other) {
		return phash == null || other.phash == null ? null : pairing(0, other, 0);
	}

	/** Picture {@code mine} (0: whole, else a crop) against the other's picture {@code theirs}. */
	private Integer pairing(int mine, PhotoFingerprint other, int theirs) {
		if (fine.length < 2 * mine + 2 || other.fine.length < 2 * theirs + 2) {
			return null;
		}
		int fineDistance = Long.bitCount(fine[2 * mine] ^ other.fine[2 * theirs])
				+ Long.bitCount(fine[2 * mine + 1] ^ other.fine[2 * theirs + 1]);
		return fineDistance > FINE_DISTANCE ? null : distance(hashOf(mine), other.hashOf(theirs));
	}

	private long hashOf(int picture) {
		return picture == 0 ? phash : crops[picture - 1];
	}

	/** One picture's hash and fine hash alone, as a band row holds them. */
	static PhotoFingerprint single(long hash, long fine0, long fine1) {
		return new PhotoFingerprint(hash, new long[0], new long[] { fine0, fine1 });
	}

	private static Integer nearer(Integer a, Integer b) {
		if (a == null || b == null) {
			return a == null ? b : a;
		}
		return Integer.valueOf(Math.min(a, b));
	}

	/** Bands a hash is cut into for the lookup: 22, 21 and 21 bits. */
	static final int BANDS = 3;

	/**
	 * The hash's three bands as band keys ({@code band << 32 | value}); a band takes every third bit,
	 * so that each mixes the lowest and the higher frequencies. Three bands, not four: a 16-bit
	 * quarter has too few values for pictures of one kind (village roads, fields, walls), whose hashes
	 * crowd a few of them (measured on 4,000 generated scenes: the commonest quarter held 189 hashes,
	 * the commonest 21-bit band 9).
	 */
	static long[] bandKeys(long hash) {
		long[] keys = new long[BANDS];
		for (int band = 0; band < BANDS; band++) {
			keys[band] = ((long) band << 32) | bandOf(hash, band);
		}
		return keys;
	}

	/**
	 * The band keys a hash within {@link #SURE_REACH} bits of {@code hash} has at least one of: with 5
	 * differing bits among three bands, some band differs in at most one, so each band and its one-bit
	 * neighbours (67 keys). Farther hashes are found when their differing bits fall unevenly, as
	 * they mostly do.
	 */
	static java.util.Set<Long> probeKeys(long hash) {
		java.util.Set<Long> keys = new java.util.HashSet<>();
		for (int band = 0; band < BANDS; band++) {
			long value = bandOf(hash, band);
			keys.add(((long) band << 32) | value);
			for (int bit = 0; bit < bandWidth(band); bit++) {
				keys.add(((long) band << 32) | (value ^ (1L << bit)));
			}
		}
		return keys;
	}

	/** The farthest hash {@link #probeKeys} is sure to find: 2 x {@link #BANDS} - 1 bits. */
	static final int SURE_REACH = 2 * BANDS - 1;

	private static int bandWidth(int band) {
		return (64 - band + BANDS - 1) / BANDS;
	}

	private static long bandOf(long hash, int band) {
		long value = 0;
		for (int i = 0; i < bandWidth(band); i++) {
			value |= ((hash >>> (band + BANDS * i)) & 1L) << i;
		}
		return value;
	}

	/** The fingerprint of an image file's bytes; never throws on bad data. */
	static PhotoFingerprint of(byte[] bytes) {
		try {
			BufferedImage image = decode(bytes);
			if (image == null) {
				return NONE;
			}
			int orientation = orientation(bytes);
			long[] fine = new long[2 * (1 + CROPS.length)];
			double[][] whole = upright(cells(image), orientation);
			Long phash = hash(whole);
			if (phash == null) {
				return NONE;
			}
			fineHash(whole, fine, 0);
			long[] crops = new long[CROPS.length];
			for (int i = 0; i < CROPS.length; i++) {
				double[][] cells = upright(cells(cropped(image, CROPS[i])), orientation);
				Long hash = hash(cells);
				crops[i] = hash == null ? phash : hash;
				fineHash(cells, fine, i + 1);
			}
			return new PhotoFingerprint(phash, crops, fine);
		}
		catch (IOException | RuntimeException unreadable) {
			return NONE;
		}
	}

	/** The {@code n x n} lowest DCT coefficients of {@code SIDE x SIDE} grey cells, row by row. */
	private static double[] lowFrequencies(double[][] cells, int n) {
		double[][] rows = new double[SIDE][n];
		for (int y = 0; y < SIDE; y++) {
			for (int v = 0; v < n; v++) {
				double sum = 0;
				for (int x = 0; x < SIDE; x++) {
					sum += cells[y][x] * COSINES[v][x];
				}
				rows[y][v] = sum;
			}
		}
		double[] low = new double[n * n];
		for (int u = 0; u < n; u++) {
			for (int v = 0; v < n; v++) {
				double sum = 0;
				for (int y = 0; y < SIDE; y++) {
					sum += COSINES[u][y] * rows[y][v];
				}
				low[u * n + v] = sum / SIDE;
			}
		}
		return low;
	}

	/** The 121-bit fine hash of the cells, into {@code fine[2 * picture]} and the next long. */
	private static void fineHash(double[][] cells, long[] fine, int picture) {
		double[] low = lowFrequencies(cells, FINE);
		double[] sorted = low.clone();
		Arrays.sort(sorted);
		double median = sorted[low.length / 2];
		for (int i = 0; i < low.length; i++) {
			if (low[i] > median) {
				fine[2 * picture + i / 64] |= 1L << (i % 64);
			}
		}
	}

	/** The hash of a picture already reduced to {@code SIDE x SIDE} grey cells, or null when too plain. */
	static Long hash(double[][] cells) {
		double[] low = lowFrequencies(cells, KEPT);
		double[] ac = Arrays.copyOfRange(low, 1, low.length);
		double spread = 0;
		for (double c : ac) {
			spread += Math.abs(c);
		}
		if (spread / ac.length < PLAIN) {
			return null;
		}
		double[] sorted = low.clone();
		Arrays.sort(sorted);
		double median = (sorted[31] + sorted[32]) / 2;
		long bits = 0;
		for (int i = 0; i < low.length; i++) {
			if (low[i] > median) {
				bits |= 1L << i;
			}
		}
		return bits;
	}

	private static BufferedImage decode(byte[] bytes) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (in == null || !readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int shortSide = Math.min(reader.getWidth(0), reader.getHeight(0));
				ImageReadParam param = reader.getDefaultReadParam();
				int step = Math.max(1, shortSide / DECODED_SIDE);
				param.setSourceSubsampling(step, step, 0, 0);
				return reader.read(0, param);
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static BufferedImage cropped(BufferedImage image, double[] crop) {
		int w = image.getWidth();
		int h = image.getHeight();
		int x = (int) Math.round(w * crop[0]);
		int y = (int) Math.round(h * crop[1]);
		return image.getSubimage(x, y, w - x - (int) Math.round(w * crop[2]), h - y - (int) Math.round(h * crop[3]));
	}

	/** The picture's mean luminance (0-255) in each of {@code SIDE x SIDE} equal cells. */
	static double[][] cells(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		double[][] sum = new double[SIDE][SIDE];
		double[][] count = new double[SIDE][SIDE];
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			int cy = (int) ((long) y * SIDE / height);
			for (int x = 0; x < width; x++) {
				int rgb = row[x];
				double luma = 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
				int cx = (int) ((long) x * SIDE / width);
				sum[cy][cx] += luma;
				count[cy][cx]++;
			}
		}
		for (int y = 0; y < SIDE; y++) {
			for (int x = 0; x < SIDE; x++) {
				sum[y][x] = count[y][x] == 0 ? 0 : sum[y][x] / count[y][x];
			}
		}
		return sum;
	}

	/**
	 * The cells as the camera meant them to be seen: a phone stores a portrait photo on its side with
	 * an EXIF orientation, and an app that re-encodes it turns the pixels and drops the tag.
	 */
	static double[][] upright(double[][] cells, int orientation) {
		if (orientation != 3 && orientation != 6 && orientation != 8) {
			return cells;
		}
		double[][] turned = new double[SIDE][SIDE];
		for (int y = 0; y < SIDE; y++) {
			for (int x = 0; x < SIDE; x++) {
				turned[y][x] = switch (orientation) {
					case 3 -> cells[SIDE - 1 - y][SIDE - 1 - x]; // upside down
					case 6 -> cells[SIDE - 1 - x][y]; // stored turned left: turn right
					default -> cells[x][SIDE - 1 - y]; // stored turned right: turn left
				};
			}
		}
		return turned;
	}

	private static int orientation(byte[] bytes) {
		try {
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
			ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
			Integer orientation = ifd0 == null ? null : ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
			return orientation == null ? 1 : orientation;
		}
		catch (Exception unreadable) {
			return 1;
		}
	}
}
