package dev.pipewright.cli;

import dev.pipewright.core.factory.Factory;

import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the factory root given on the command line, with a clear message when it is not there. */
final class FactoryRoot {
    private FactoryRoot() {
    }

    static Factory load(Path root) {
        if (!Files.exists(root)) {
            throw new IllegalArgumentException("no such folder: " + root + " (give the ADF git root folder, the one holding pipeline/, dataset/ ...)");
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + " is a file; give the ADF git root folder");
        }
        return Factory.load(root);
    }
}
