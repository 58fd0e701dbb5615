package dev.pipewright.plugins.testkit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;

/** A TLS server context with a certificate for localhost that no trust store knows (made by the JDK's keytool). */
public final class SelfSignedTls {
    private SelfSignedTls() {
    }

    /** The context, its key store written to {@code dir/ks.p12}. */
    public static SSLContext serverContext(Path dir) throws Exception {
        Path ks = dir.resolve("ks.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair", "-alias", "pw",
                "-keyalg", "RSA", "-keysize", "2048", "-keystore", ks.toString(), "-storepass", "changeit", "-dname", "CN=localhost",
                "-validity", "2", "-storetype", "PKCS12").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        if (keytool.waitFor() != 0) throw new IllegalStateException("keytool failed: " + output);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(ks)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, "changeit".toCharArray());
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(kmf.getKeyManagers(), null, null);
        return ssl;
    }
}
