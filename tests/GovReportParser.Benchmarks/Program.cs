using BenchmarkDotNet.Running;
using GovReportParser.Benchmarks;

if (args is ["make-corpus", var directory, var count])
    return BatchCorpusMaker.Run(directory, int.Parse(count));

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
