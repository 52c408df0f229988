using GovReportParser.Cli;

return GovReportCli.Run(args, Console.Out, Console.Error);
