package org.figx.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * A usage error (unknown option, bad value) gets one line naming it and a pointer
 * to --help, instead of picocli's default of the whole usage text (the command line's and
 * the Spark job's alike).
 */
public final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String name = commandLine.getCommandName();
        err.println(name + ": " + e.getMessage());
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }
}
