package dev.pipewright.plugin.sftp;

import dev.pipewright.plugin.files.FileConnectorBase;
import dev.pipewright.plugin.files.FileStore;
import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.LinkedServiceSpec;

import java.util.Set;

/**
 * ADF's {@code Sftp} linked service through the Apache MINA SSHD client: password ({@code Basic}) and key
 * ({@code SshPublicKey}) authentication, host key checked against {@code hostKeyFingerprint} unless
 * {@code skipHostKeyValidation}. The binding may give {@code host}, {@code port}, {@code userName}, the
 * secrets, the fingerprint, or a {@code folder} instead.
 */
public final class SftpConnector extends FileConnectorBase {
    @Override
    public String id() {
        return "sftp";
    }

    @Override
    public Set<String> linkedServiceTypes() {
        return Set.of("Sftp");
    }

    @Override
    protected FileStore connect(LinkedServiceSpec ls, CallContext ctx) throws ConnectorException {
        return SftpStore.open(ls, ctx);
    }
}
