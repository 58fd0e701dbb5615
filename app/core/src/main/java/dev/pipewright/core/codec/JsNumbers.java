package dev.pipewright.core.codec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats numbers exactly as JavaScript's {@code Number.prototype.toString} (and so {@code JSON.stringify})
 * does: shortest round-trip digits, no {@code .0} on integers, exponent form below 1e-6 and from 1e21.
 * ADF Studio is a JavaScript application, so this is the number form of every file it writes.
 */
public final class JsNumbers {
    private static final double TWO_POW_53 = 9007199254740992d;

    private JsNumbers() {
    }

    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "null"; // JSON.stringify writes non-finite numbers as null
        }
        if (value == 0) {
            return "0"; // also -0
        }
        if (value < 0) {
            return "-" + format(-value);
        }
        if (value < TWO_POW_53 && value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        BigDecimal shortest = shortestDigits(value);
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // value = 0.digits * 10^n
        return layout(digits, k, n);
    }

    /** ECMAScript Number::toString, step 6 onwards, for value = digits × 10^(n−k). */
    private static String layout(String digits, int k, int n) {
        StringBuilder sb = new StringBuilder(k + 8);
        if (k <= n && n <= 21) {
            sb.append(digits);
            sb.append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            sb.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            sb.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int e = n - 1;
            sb.append(digits.charAt(0));
            if (k > 1) sb.append('.').append(digits, 1, k);
            sb.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
        }
        return sb.toString();
    }

    /**
     * The shortest decimal that reads back as {@code value}, without trailing zeros. Java 17's
     * Double.toString is not always shortest, so search precisions up to its length.
     */
    private static BigDecimal shortestDigits(double value) {
        BigDecimal exact = new BigDecimal(value);
        BigDecimal javaForm = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        int maxPrecision = javaForm.precision();
        for (int p = 1; p < maxPrecision; p++) {
            BigDecimal candidate = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == value) {
                return candidate.stripTrailingZeros();
            }
        }
        return javaForm;
    }
}
