#pragma once

#include "common/error.h"

#include <QImage>
#include <QList>
#include <QString>

class QWidget;

namespace seatsim {

// Charts (or any widgets) as pictures for slides and reports: laid out side by side, as a
// bitmap at twice the screen resolution, or as vector graphics.
namespace chartexport {

QImage image(const QList<QWidget*>& widgets, qreal scale = 2.0);
bool savePng(const QList<QWidget*>& widgets, const QString& path, Error& error);
bool saveSvg(const QList<QWidget*>& widgets, const QString& path, const QString& title,
             Error& error);
// "data:image/png;base64,…" for an <img> that needs no file beside the HTML.
QString pngDataUri(const QImage& image);

} // namespace chartexport
} // namespace seatsim
