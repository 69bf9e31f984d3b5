#pragma once

// The measures of GB/T 9704-2012 《党政机关公文格式》 that the renderer follows, in millimetres and points.
namespace OfficialLayout {
constexpr double kPageWidthMm = 210.0; // A4
constexpr double kPageHeightMm = 297.0;
constexpr double kTopMarginMm = 37.0; // 天头, to the top of the text block
constexpr double kLeftMarginMm = 28.0; // 订口
constexpr double kBlockWidthMm = 156.0; // 版心
constexpr double kBlockHeightMm = 225.0;
constexpr int kLinesPerPage = 22; // 一般每面排22行，每行排28个字
constexpr int kCharsPerLine = 28;

constexpr double kBodyPt = 16.0; // 3号
constexpr double kTitlePt = 22.0; // 2号
constexpr double kPageNumberPt = 14.0; // 4号
constexpr double kHeaderPt = 36.0; // 发文机关标志: the standard only caps it at 22 mm x 15 mm a character
constexpr double kHeaderMinStretch = 0.6; // long office names are set condensed (长扁字) before they shrink
constexpr double kCaptionPt = 7.0; // the verification code under the QR code

constexpr double kHeaderOffsetMm = 35.0; // 发文机关标志上边缘至版心上边缘为35mm
constexpr double kRedLineGapMm = 4.0; // 发文字号之下4mm处印一条与版心等宽的红色分隔线
constexpr double kRedLineWidthPt = 2.0;
constexpr double kPageNumberGapMm = 7.0; // 页码上边缘距版心下边缘7mm
constexpr int kDateRightIndentChars = 4; // 成文日期一般右空四字
constexpr int kLinesBeforeSigner = 2; // room for the seal between the body and the signer
constexpr double kQrSizeMm = 20.0;
constexpr double kQrTopMm = 9.0; // in the top margin of the last page, flush with the right of the block
} // namespace OfficialLayout
