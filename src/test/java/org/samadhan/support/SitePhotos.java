package org.samadhan.support;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Made-up site photos for tests and benches: a place (sky, horizon, ground, a road, houses with
 * windows, trees, a sign with words, people, sensor noise), drawn with java.awt from a seed, so that
 * two seeds give two different pictures of the same kind of scene. A place can be photographed
 * again from another standpoint, in other light and with other people about ({@link #shot}), and a
 * photo can be recycled the ways a photo is: re-encoded, resized, cropped.
 */
public final class SitePhotos {

	private static final String[] SIGNS = { "थाना कोतवाली", "ग्राम पंचायत", "किराना स्टोर", "प्राथमिक विद्यालय", "SHIV MANDIR",
			"MEDICAL STORE", "आटा चक्की", "जन सेवा केंद्र", "DHABA", "खाद बीज भंडार" };

	private SitePhotos() {
	}

	/** A photo of place {@code seed} as a phone saves it: 800 x 600, JPEG quality 0.9. */
	public static byte[] photo(long seed) {
		return jpeg(scene(seed, 0, 0, 1.0, seed), 0.9f);
	}

	/** The same picture as {@link #photo} drawn {@code width} pixels wide (4:3): a small one is quick to make. */
	public static byte[] photo(long seed, int width) {
		return jpeg(scene(seed, 0, 0, 1.0, seed, width), 0.9f);
	}

	/**
	 * Another photo of the same place: the camera {@code shift} (a fraction of the width) to the
	 * side, the light changed by {@code light} (1 = the same), other people about.
	 */
	public static byte[] shot(long place, double shift, double light, long people) {
		return jpeg(scene(place, shift, shift / 3, light, people), 0.9f);
	}

	/** The picture of place {@code seed}, in pixels. */
	public static BufferedImage scene(long seed, double shiftX, double shiftY, double light, long peopleSeed) {
		return scene(seed, shiftX, shiftY, light, peopleSeed, 800);
	}

	/** The picture drawn on an 800 x 600 plan, scaled to {@code width}. */
	public static BufferedImage scene(long seed, double shiftX, double shiftY, double light, long peopleSeed,
			int width) {
		int w = 800;
		int h = 600;
		BufferedImage image = new BufferedImage(width, width * 3 / 4, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.scale(width / 800.0, width / 800.0);
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		Random r = new Random(seed);
		// the world is drawn 40 % wider than the frame, so that a standpoint to the side shows more of it
		g.translate(-shiftX * w - 0.2 * w, -shiftY * h);
		int worldW = (int) (w * 1.4);
		int horizon = (int) (h * (0.25 + r.nextDouble() * 0.35));
		g.setPaint(new GradientPaint(0, 0, lit(randomColor(r, 90, 200), light), 0, horizon,
				lit(randomColor(r, 160, 250), light)));
		g.fillRect(0, -h, worldW, horizon + h);
		g.setPaint(new GradientPaint(0, horizon, lit(randomColor(r, 60, 160), light), 0, h * 2,
				lit(randomColor(r, 30, 120), light)));
		g.fillRect(0, horizon, worldW, h * 2);
		// a road from the bottom to a vanishing point
		int vanish = r.nextInt(worldW);
		int roadLeft = r.nextInt(worldW);
		g.setColor(lit(randomColor(r, 70, 140), light));
		g.fillPolygon(new Polygon(new int[] { vanish - 4, vanish + 4, roadLeft + 300 + r.nextInt(200), roadLeft },
				new int[] { horizon, horizon, h * 2, h * 2 }, 4));
		int houses = 2 + r.nextInt(7);
		for (int i = 0; i < houses; i++) {
			int bw = 60 + r.nextInt(220);
			int bh = 50 + r.nextInt(220);
			int bx = r.nextInt(worldW);
			int by = horizon + r.nextInt(Math.max(1, h / 4)) - bh;
			g.setColor(lit(randomColor(r, 40, 230), light));
			g.fillRect(bx, by, bw, bh);
			g.setColor(lit(randomColor(r, 20, 120), light));
			g.fillPolygon(new Polygon(new int[] { bx - 8, bx + bw / 2, bx + bw + 8 },
					new int[] { by, by - 20 - r.nextInt(40), by }, 3));
			int windows = r.nextInt(6);
			g.setColor(lit(randomColor(r, 10, 90), light));
			for (int k = 0; k < windows; k++) {
				g.fillRect(bx + 6 + r.nextInt(Math.max(1, bw - 24)), by + 6 + r.nextInt(Math.max(1, bh - 24)), 14, 18);
			}
		}
		int trees = r.nextInt(6);
		for (int i = 0; i < trees; i++) {
			int tx = r.nextInt(worldW);
			int ty = horizon + r.nextInt(h / 3);
			int size = 40 + r.nextInt(120);
			g.setColor(lit(new Color(80 + r.nextInt(40), 50 + r.nextInt(30), 20), light));
			g.fillRect(tx + size / 2 - 6, ty, 12, size / 2);
			g.setColor(lit(new Color(20 + r.nextInt(60), 90 + r.nextInt(100), 20 + r.nextInt(50)), light));
			g.fillOval(tx, ty - size, size, size + r.nextInt(40));
		}
		// a sign with words on it
		String sign = SIGNS[r.nextInt(SIGNS.length)];
		int sx = r.nextInt(worldW - 300);
		int sy = horizon - 40 + r.nextInt(120);
		g.setColor(lit(randomColor(r, 150, 255), light));
		g.fillRect(sx, sy, 260, 50);
		g.setColor(lit(randomColor(r, 0, 80), light));
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
		g.drawString(sign, sx + 10, sy + 36);
		// people, who differ from one photo of a place to the next
		Random p = new Random(peopleSeed * 31 + 7);
		int people = p.nextInt(5);
		g.setStroke(new BasicStroke(6));
		for (int i = 0; i < people; i++) {
			int px = p.nextInt(worldW);
			int py = horizon + 40 + p.nextInt(h / 2);
			int size = 40 + p.nextInt(80);
			g.setColor(lit(randomColor(p, 20, 240), light));
			g.fillOval(px, py - size, size / 3, size / 3);
			g.fillRect(px - size / 12, py - size * 2 / 3, size / 2, size * 2 / 3);
		}
		g.dispose();
		// sensor noise
		Random noise = new Random(peopleSeed ^ 0x5DEECE66DL);
		int[] pixels = ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
		for (int i = 0; i < pixels.length; i++) {
			int rgb = pixels[i];
			int n = noise.nextInt(17) - 8;
			pixels[i] = (clamp(((rgb >> 16) & 0xFF) + n) << 16) | (clamp(((rgb >> 8) & 0xFF) + n) << 8)
					| clamp((rgb & 0xFF) + n);
		}
		return image;
	}

	/** The same photo saved again as JPEG at {@code quality} (a messaging app does it at about 0.5). */
	public static byte[] reencoded(byte[] jpeg, float quality) {
		return jpeg(read(jpeg), quality);
	}

	/** The same photo at {@code scale} of its size. */
	public static byte[] resized(byte[] jpeg, double scale) {
		BufferedImage image = read(jpeg);
		int w = (int) Math.round(image.getWidth() * scale);
		int h = (int) Math.round(image.getHeight() * scale);
		BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = small.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.drawImage(image, 0, 0, w, h, null);
		g.dispose();
		return jpeg(small, 0.85f);
	}

	/** The same photo with the given fractions cut off its left, top, right and bottom edges. */
	public static byte[] cropped(byte[] jpeg, double left, double top, double right, double bottom) {
		BufferedImage image = read(jpeg);
		int x = (int) Math.round(image.getWidth() * left);
		int y = (int) Math.round(image.getHeight() * top);
		int w = image.getWidth() - x - (int) Math.round(image.getWidth() * right);
		int h = image.getHeight() - y - (int) Math.round(image.getHeight() * bottom);
		BufferedImage cut = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = cut.createGraphics();
		g.drawImage(image.getSubimage(x, y, w, h), 0, 0, null);
		g.dispose();
		return jpeg(cut, 0.9f);
	}

	/** A picture of one grey, with a little noise: a photo taken with the lens covered. */
	public static byte[] plain(long seed) {
		Random r = new Random(seed);
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		int grey = r.nextInt(60);
		for (int y = 0; y < 480; y++) {
			for (int x = 0; x < 640; x++) {
				int v = clamp(grey + r.nextInt(7) - 3);
				image.setRGB(x, y, (v << 16) | (v << 8) | v);
			}
		}
		return jpeg(image, 0.9f);
	}

	public static BufferedImage read(byte[] jpeg) {
		try {
			return ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static byte[] jpeg(BufferedImage image, float quality) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static Color randomColor(Random r, int min, int max) {
		return new Color(min + r.nextInt(max - min), min + r.nextInt(max - min), min + r.nextInt(max - min));
	}

	private static Color lit(Color c, double light) {
		return new Color(clamp((int) (c.getRed() * light)), clamp((int) (c.getGreen() * light)),
				clamp((int) (c.getBlue() * light)));
	}

	private static int clamp(int v) {
		return Math.max(0, Math.min(255, v));
	}

	/**
	 * A small real JPEG, 64 px square, of one colour with a speck of its own, as a browser test uploads
	 * from a file: no two calls write the same bytes, which would be the same file filed again.
	 */
	public static void writeSpecked(java.nio.file.Path file, Color ground) throws IOException {
		BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(ground);
		g.fillRect(0, 0, 64, 64);
		g.setColor(new Color(java.util.concurrent.ThreadLocalRandom.current().nextInt(1 << 24)));
		g.fillRect(java.util.concurrent.ThreadLocalRandom.current().nextInt(60), 30, 4, 4);
		g.dispose();
		ImageIO.write(image, "jpg", file.toFile());
	}
}
