package dev.pipewright.git;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web page that opens a pull request of a branch into the collaboration branch, computed from the remote's URL:
 * GitHub's compare page and Azure DevOps' "create pull request" page (dev.azure.com and the older
 * {@code <org>.visualstudio.com}), from their HTTPS and SSH URL forms.
 */
public final class PullRequests {
    // https://github.com/o/r(.git), git@github.com:o/r.git, ssh://git@github.com/o/r.git (also GitHub Enterprise hosts named *github*)
    private static final Pattern GITHUB = Pattern.compile(
            "(?:https?://(?:[^@/]+@)?|ssh://(?:[^@/]+@)?|[^@/]+@)([^/:]*github[^/:]*)(?::\\d+)?[/:]([^/]+)/([^/]+?)(?:\\.git)?/?");
    // https://[org@]dev.azure.com/org/project/_git/repo, git@ssh.dev.azure.com:v3/org/project/repo
    private static final Pattern AZURE_HTTPS = Pattern.compile("https?://(?:[^@/]+@)?dev\\.azure\\.com/([^/]+)/([^/]+)/_git/([^/]+?)/?");
    private static final Pattern AZURE_SSH = Pattern.compile("(?:ssh://)?[^@/]+@ssh\\.dev\\.azure\\.com(?::\\d+)?[:/]v3/([^/]+)/([^/]+)/([^/]+?)/?");
    // https://org.visualstudio.com/[DefaultCollection/]project/_git/repo, org@vs-ssh.visualstudio.com:v3/org/project/repo
    private static final Pattern VS_HTTPS = Pattern.compile(
            "https?://(?:[^@/]+@)?([^./]+)\\.visualstudio\\.com/(?:DefaultCollection/)?([^/]+)/_git/([^/]+?)/?");
    private static final Pattern VS_SSH = Pattern.compile("(?:ssh://)?[^@/]+@vs-ssh\\.visualstudio\\.com(?::\\d+)?[:/]v3/([^/]+)/([^/]+)/([^/]+?)/?");

    private PullRequests() {
    }

    /**
     * The page to create a pull request of {@code source} into {@code target}, or empty when the remote is neither
     * GitHub nor Azure DevOps.
     */
    public static Optional<String> url(String remoteUrl, String source, String target) {
        String url = remoteUrl.trim();
        Matcher m;
        if ((m = AZURE_HTTPS.matcher(url)).matches() || (m = AZURE_SSH.matcher(url)).matches()) {
            return Optional.of(azure("https://dev.azure.com/" + m.group(1) + "/", m.group(2), m.group(3), source, target));
        }
        if ((m = VS_HTTPS.matcher(url)).matches() || (m = VS_SSH.matcher(url)).matches()) {
            return Optional.of(azure("https://" + m.group(1).toLowerCase(Locale.ROOT) + ".visualstudio.com/", m.group(2), m.group(3), source, target));
        }
        if ((m = GITHUB.matcher(url)).matches()) {
            return Optional.of("https://" + m.group(1).toLowerCase(Locale.ROOT) + "/" + m.group(2) + "/" + m.group(3) + "/compare/"
                    + path(target) + "..." + path(source) + "?expand=1");
        }
        return Optional.empty();
    }

    private static String azure(String organization, String project, String repository, String source, String target) {
        return organization + project + "/_git/" + repository + "/pullrequestcreate?sourceRef=" + query(source) + "&targetRef=" + query(target);
    }

    /** A branch in a URL path: each segment encoded, the slashes kept (GitHub's compare/main...feature/x). */
    private static String path(String branch) {
        StringBuilder sb = new StringBuilder();
        for (String segment : branch.split("/", -1)) {
            if (sb.length() > 0) sb.append('/');
            sb.append(query(segment));
        }
        return sb.toString();
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
