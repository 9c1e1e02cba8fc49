/** How often a waiting LibreOffice looks for the next job, in ms. */
const POLL_MS = 20;

/** How long a LibreOffice kept for the next document waits without one before it exits by itself, in ms. */
export const IDLE_MS = 120_000;

/** The Standard library's module list (what LibreOffice itself writes on first start). */
export const LIBRARY_INDEX = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false">
 <library:element library:name="Module1"/>
</library:library>
`;

/**
 * The Basic module run inside LibreOffice. `ConvertToPdf`: load hidden, update indexes and fields, export the PDF,
 * then write the first index's text (the 目录 as laid out, one entry a line ending in its page number) as UTF-8,
 * and close. `Serve`: keeps one LibreOffice running for many documents (pdf.ts, Office): it waits for
 * `<jobs>/job.txt` (three lines: the .docx, PDF and 目录 file URLs), converts, and answers with `<jobs>/done.txt`
 * (written as done.tmp, then renamed, so it is never read half-written). It returns, and LibreOffice exits, when
 * the jobs folder is removed or after IDLE_MS without a job.
 */
export const MACRO_MODULE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub ConvertToPdf(inUrl As String, outUrl As String, tocUrl As String)
  On Error GoTo Failed
  Dim loadProps(0) As New com.sun.star.beans.PropertyValue
  loadProps(0).Name = &quot;Hidden&quot;
  loadProps(0).Value = True
  oDoc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, loadProps())
  oIndexes = oDoc.getDocumentIndexes()
  For pass = 1 To 2
    For i = 0 To oIndexes.getCount() - 1
      oIndexes.getByIndex(i).update()
    Next i
  Next pass
  oDoc.getTextFields().refresh()
  Dim exportProps(0) As New com.sun.star.beans.PropertyValue
  exportProps(0).Name = &quot;FilterName&quot;
  exportProps(0).Value = &quot;writer_pdf_Export&quot;
  oDoc.storeToURL(outUrl, exportProps())
  If oIndexes.getCount() &gt; 0 Then
    oAccess = createUnoService(&quot;com.sun.star.ucb.SimpleFileAccess&quot;)
    oText = createUnoService(&quot;com.sun.star.io.TextOutputStream&quot;)
    oText.setOutputStream(oAccess.openFileWrite(tocUrl))
    oText.setEncoding(&quot;UTF-8&quot;)
    oText.writeString(oIndexes.getByIndex(0).getAnchor().getString())
    oText.closeOutput()
  End If
  oDoc.close(True)
  Exit Sub
Failed:
  If Not IsNull(oDoc) Then oDoc.close(True)
End Sub

Sub Serve(jobsUrl As String)
  oAccess = createUnoService(&quot;com.sun.star.ucb.SimpleFileAccess&quot;)
  idle = 0
  Do While oAccess.exists(jobsUrl)
    jobUrl = jobsUrl &amp; &quot;/job.txt&quot;
    If oAccess.exists(jobUrl) Then
      oIn = createUnoService(&quot;com.sun.star.io.TextInputStream&quot;)
      oIn.setInputStream(oAccess.openFileRead(jobUrl))
      oIn.setEncoding(&quot;UTF-8&quot;)
      inUrl = oIn.readLine()
      outUrl = oIn.readLine()
      tocUrl = oIn.readLine()
      oIn.closeInput()
      oAccess.kill(jobUrl)
      ConvertToPdf(inUrl, outUrl, tocUrl)
      oDone = createUnoService(&quot;com.sun.star.io.TextOutputStream&quot;)
      oDone.setOutputStream(oAccess.openFileWrite(jobsUrl &amp; &quot;/done.tmp&quot;))
      oDone.writeString(&quot;done&quot;)
      oDone.closeOutput()
      oAccess.move(jobsUrl &amp; &quot;/done.tmp&quot;, jobsUrl &amp; &quot;/done.txt&quot;)
      idle = 0
    Else
      Wait ${POLL_MS}
      idle = idle + ${POLL_MS}
      If idle &gt; ${IDLE_MS} Then Exit Do
    End If
  Loop
End Sub
</script:module>
`;
