using BenchmarkDotNet.Running;
using GovReportParser.Benchmarks;

if (args is ["make-corpus", var directory, var count])
    return BatchCorpusMaker.Run(directory, int.Parse(count));

if (args is ["profile-pdf", var pdfFolder, ..var pdfRest])
    return PdfStageProfile.Run(pdfFolder, pdfRest is [var pr] ? int.Parse(pr) : 1);

if (args is ["profile-pdf-steps", var stepFolder, ..var stepRest])
    return PdfReaderStepProfile.Run(stepFolder, stepRest is [var sr, ..] ? int.Parse(sr) : 5, stepRest is [_, var step] ? step : null);

if (args is ["profile", var folder, ..var rest])
    return StageProfile.Run(folder, rest is [var r] ? int.Parse(r) : 1);

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
