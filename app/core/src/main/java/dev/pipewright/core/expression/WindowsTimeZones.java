package dev.pipewright.core.expression;

import dev.pipewright.core.text.Suggestions;

import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/**
 * ADF's time-zone functions take Windows time-zone names ("Pacific Standard Time"). This maps the common ones to
 * IANA zones (CLDR windowsZones, territory 001); IANA names are accepted as well.
 */
public final class WindowsTimeZones {
    private static final Map<String, String> ZONES = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        String[][] pairs = {
                {"UTC", "UTC"}, {"Coordinated Universal Time", "UTC"}, {"GMT Standard Time", "Europe/London"},
                {"Greenwich Standard Time", "Atlantic/Reykjavik"}, {"W. Europe Standard Time", "Europe/Berlin"},
                {"Central Europe Standard Time", "Europe/Budapest"}, {"Romance Standard Time", "Europe/Paris"},
                {"Central European Standard Time", "Europe/Warsaw"}, {"E. Europe Standard Time", "Europe/Chisinau"},
                {"FLE Standard Time", "Europe/Kiev"}, {"GTB Standard Time", "Europe/Bucharest"}, {"Turkey Standard Time", "Europe/Istanbul"},
                {"Russian Standard Time", "Europe/Moscow"}, {"Israel Standard Time", "Asia/Jerusalem"}, {"Egypt Standard Time", "Africa/Cairo"},
                {"South Africa Standard Time", "Africa/Johannesburg"}, {"W. Central Africa Standard Time", "Africa/Lagos"},
                {"Arabian Standard Time", "Asia/Dubai"}, {"Arab Standard Time", "Asia/Riyadh"}, {"Pakistan Standard Time", "Asia/Karachi"},
                {"India Standard Time", "Asia/Kolkata"}, {"Nepal Standard Time", "Asia/Kathmandu"}, {"Bangladesh Standard Time", "Asia/Dhaka"},
                {"SE Asia Standard Time", "Asia/Bangkok"}, {"Singapore Standard Time", "Asia/Singapore"}, {"China Standard Time", "Asia/Shanghai"},
                {"Taipei Standard Time", "Asia/Taipei"}, {"Tokyo Standard Time", "Asia/Tokyo"}, {"Korea Standard Time", "Asia/Seoul"},
                {"W. Australia Standard Time", "Australia/Perth"}, {"Cen. Australia Standard Time", "Australia/Adelaide"},
                {"E. Australia Standard Time", "Australia/Brisbane"}, {"AUS Eastern Standard Time", "Australia/Sydney"},
                {"New Zealand Standard Time", "Pacific/Auckland"}, {"Hawaiian Standard Time", "Pacific/Honolulu"},
                {"Alaskan Standard Time", "America/Anchorage"}, {"Pacific Standard Time", "America/Los_Angeles"},
                {"US Mountain Standard Time", "America/Phoenix"}, {"Mountain Standard Time", "America/Denver"},
                {"Central Standard Time", "America/Chicago"}, {"Central Standard Time (Mexico)", "America/Mexico_City"},
                {"Eastern Standard Time", "America/New_York"}, {"SA Pacific Standard Time", "America/Bogota"},
                {"Atlantic Standard Time", "America/Halifax"}, {"E. South America Standard Time", "America/Sao_Paulo"},
                {"Argentina Standard Time", "America/Argentina/Buenos_Aires"}, {"Canada Central Standard Time", "America/Regina"},
                {"Newfoundland Standard Time", "America/St_Johns"}};
        for (String[] p : pairs) ZONES.put(p[0], p[1]);
    }

    private WindowsTimeZones() {
    }

    static ZoneId zone(String name, String function) {
        return find(name).orElseThrow(() ->
                new EvaluationException(function + ": unknown time zone '" + name + "'" + Suggestions.didYouMean(name, ZONES.keySet())));
    }

    /** The zone of a Windows (or IANA) time-zone name, if it is known. */
    public static java.util.Optional<ZoneId> find(String name) {
        String iana = ZONES.get(name.strip());
        if (iana != null) return java.util.Optional.of(ZoneId.of(iana));
        try {
            return java.util.Optional.of(ZoneId.of(name.strip()));
        } catch (RuntimeException notIana) {
            return java.util.Optional.empty();
        }
    }

    /** The Windows names known, as ADF Studio offers them ("UTC", "W. Europe Standard Time" …). */
    public static java.util.List<String> names() {
        return java.util.List.copyOf(ZONES.keySet());
    }

    /** "unknown time zone 'x'" with the closest known names. */
    public static String unknown(String name) {
        return "unknown time zone '" + name + "'" + Suggestions.didYouMean(name, ZONES.keySet());
    }
}
