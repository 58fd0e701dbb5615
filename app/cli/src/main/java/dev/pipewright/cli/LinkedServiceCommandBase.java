package dev.pipewright.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** test-connection and browse: a command on one linked service, with text or JSON output. */
abstract class LinkedServiceCommandBase extends ConnectCommandBase {
    @Parameters(index = "1", paramLabel = "<linkedService>", description = "The linked service's name (ignores case).")
    String linkedService;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    ProblemReport.Format format;
}
