#include "output/chartexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace seatsim::chartexport {

namespace {
constexpr int gap = 8;

class ChartExport {
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
};

QSize combinedSize(const QList<QWidget*>& widgets) {
    int width = 0;
    int height = 0;
    for (const QWidget* widget : widgets) {
        width += widget->width() + (width > 0 ? gap : 0);
        height = qMax(height, widget->height());
    }
    return {qMax(1, width), qMax(1, height)};
}

void paint(QPainter* painter, const QList<QWidget*>& widgets) {
    painter->fillRect(QRect(QPoint(0, 0), combinedSize(widgets)), Qt::white);
    int x = 0;
    for (QWidget* widget : widgets) {
        widget->render(painter, QPoint(x, 0), QRegion(), QWidget::DrawChildren);
        x += widget->width() + gap;
    }
}
} // namespace

QImage image(const QList<QWidget*>& widgets, qreal scale) {
    const QSize size = combinedSize(widgets);
    QImage result(size * scale, QImage::Format_ARGB32_Premultiplied);
    result.setDevicePixelRatio(scale);
    result.fill(Qt::white);
    QPainter painter(&result);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(&painter, widgets);
    painter.end();
    return result;
}

bool savePng(const QList<QWidget*>& widgets, const QString& path, Error& error) {
    if (image(widgets).save(path, "PNG"))
        return true;
    error.message = ChartExport::tr("Could not write %1").arg(path);
    return false;
}

bool saveSvg(const QList<QWidget*>& widgets, const QString& path, const QString& title,
             Error& error) {
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(combinedSize(widgets));
    generator.setViewBox(QRect(QPoint(0, 0), combinedSize(widgets)));
    generator.setTitle(title);
    generator.setDescription(u"SeatSim"_s);
    QPainter painter;
    if (!painter.begin(&generator)) {
        error.message = ChartExport::tr("Could not write %1").arg(path);
        return false;
    }
    paint(&painter, widgets);
    painter.end();
    return true;
}

QString pngDataUri(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return u"data:image/png;base64,"_s + QString::fromLatin1(bytes.toBase64());
}

} // namespace seatsim::chartexport
