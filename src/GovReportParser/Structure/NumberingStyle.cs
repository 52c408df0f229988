namespace GovReportParser.Structure;

/// <summary>Heading numbering styles of real reports, from the most major to the most minor.</summary>
public enum NumberingStyle
{
    /// <summary>第一部分, 第一章</summary>
    Part,
    /// <summary>一、</summary>
    Han,
    /// <summary>（一） or (一)</summary>
    HanParen,
    /// <summary>1、 1. 1．</summary>
    Arabic,
    /// <summary>（1） or (1)</summary>
    ArabicParen,
    /// <summary>① …</summary>
    Circled,
}
