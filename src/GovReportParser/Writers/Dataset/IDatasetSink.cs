namespace GovReportParser.Writers.Dataset;

/// <summary>
/// One output format of a batch's tables. <see cref="Prepare"/> runs on worker threads, in any order, and must be pure
/// (it may render the rows into the format's bytes); <see cref="Add"/> runs on one thread, in input order. Files are
/// built under temporary names and moved into place by <see cref="Complete"/>; disposing an incomplete sink removes them.
/// </summary>
public interface IDatasetSink : IDisposable
{
    object Prepare(DatasetRows rows);

    void Add(object prepared);

    void Complete();
}
