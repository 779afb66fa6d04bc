package fr.reseau.ecoles.academic;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProductionResourceRepository extends JpaRepository<ProductionResource, Long> {

  @Query(
      "select new fr.reseau.ecoles.academic.ProductionResource$Info(r.id, r.title, r.filename,"
          + " r.contentType, r.size, r.uploadedAt) from ProductionResource r"
          + " where r.productionId = :productionId order by r.id")
  List<ProductionResource.Info> infos(Long productionId);

  Optional<ProductionResource> findByIdAndProductionId(Long id, Long productionId);
}
