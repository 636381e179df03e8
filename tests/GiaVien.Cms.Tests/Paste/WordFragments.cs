namespace GiaVien.Cms.Tests.Paste;

/// <summary>HTML as Word for Windows puts it in the clipboard (written for these tests): a heading, bold text, a numbered and a bulleted list, a table.</summary>
public static class WordFragments
{
    public const string Report = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
        <head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
        <!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head>
        <body lang=VI style='tab-interval:36.0pt'>
        <!--StartFragment-->
        <h2 style='mso-margin-top-alt:auto'><span lang=VI style='font-family:"Times New Roman",serif'>Kết quả thu hoạch vụ chiêm xuân<o:p></o:p></span></h2>
        <p class=MsoNormal><span style='font-size:13.0pt'>Năm nay, <b style='mso-bidi-font-weight:normal'>năng suất lúa</b> đạt <i>62 tạ/ha</i>, theo <a href="https://ninhbinh.gov.vn/">Sở Nông nghiệp</a>.<o:p></o:p></span></p>
        <p class=MsoNormal><o:p>&nbsp;</o:p></p>
        <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><!--[endif]--><span>Thôn Đông: 64 tạ/ha<o:p></o:p></span></p>
        <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><!--[endif]--><span>Thôn Đoài: 60 tạ/ha<o:p></o:p></span></p>
        <p class=MsoNormal>Việc cần làm:</p>
        <p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span></span><![endif]><font face="Arial">Làm đất vụ mùa</font></p>
        <table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
         <tr style='mso-yfti-irow:0'><td width=200 valign=top style='width:150.0pt;border:solid windowtext 1.0pt'><p class=MsoNormal><b>Thôn</b><o:p></o:p></p></td>
          <td width=120 valign=top style='width:90.0pt'><p class=MsoNormal><b>Năng suất</b></p></td></tr>
         <tr><td width=200><p class=MsoNormal>Thôn Đông</p></td><td width=120><p class=MsoNormal>64</p></td></tr>
        </table>
        <!--EndFragment-->
        </body></html>
        """;
}
